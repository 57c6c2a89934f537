import 'vue-router'

export {}

declare module 'vue-router' {
  interface RouteMeta {
    /** i18n key of the page title. */
    title?: string
    requiresAuth?: boolean
    /** Roles allowed; absent means everyone who passes requiresAuth. */
    roles?: ('admin' | 'staff' | 'partner')[]
    /** Open to anyone who comes with a private link's ?key= (the server checks it); requiresAuth and roles apply without one. */
    openWithKey?: boolean
    /** Capability key of a page that is not built yet (notBuilt.<key>.*). */
    capability?: string
  }
}
