// The API's types, one file per area; import them from '@/api/types'.
// Hand-written to match openapi.yaml.
export * from './common'
export * from './directory'
export * from './search'
export * from './solutions'
export * from './marketplace'
export * from './introductions'
export * from './events'
export * from './meetings'
export * from './desk'
export * from './kpis'
export * from './projects'
