import { http, type RequestOptions } from './http'
import type { Itinerary, ItineraryRequest } from './types'

const path = (id: number) => `/api/delegations/${id}/itinerary`

/** A delegation's visits day by day (staff). */
export const itinerariesApi = {
  plan: (id: number, request: ItineraryRequest, opts?: RequestOptions) => http.post<Itinerary>(path(id), request, opts),
  /** The last plan; 404 when none. */
  last: (id: number, opts?: RequestOptions) => http.get<Itinerary>(path(id), undefined, opts),
}
