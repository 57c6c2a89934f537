import { createApp } from 'vue'
import { createPinia } from 'pinia'
import App from './App.vue'
import { installElementPlus } from './plugins/element-plus'
import { i18n } from './plugins/i18n'
import { setupHttp } from './plugins/http'
import { buildRouter } from './router'
import { trackStores } from './stores/registry'
import './styles/main.css'

const app = createApp(App)
const pinia = createPinia()
trackStores(pinia)
app.use(pinia)
app.use(i18n)
installElementPlus(app)
const router = buildRouter()
setupHttp(router)
app.use(router)
app.mount('#app')
