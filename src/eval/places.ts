/** Locations match by name (after normalisation) or by distance when both sides have coordinates. */
import { namesMatch } from './names';

/** UCDP's "where_prec 2" radius: a point within this distance is the same place for scoring. */
export const LOCATION_RADIUS_KM = 25;
const EARTH_RADIUS_KM = 6371;

export interface PlacePoint {
  name: string | null;
  lat: number | null;
  lon: number | null;
}

export function distanceKm(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const rad = Math.PI / 180;
  const dLat = (lat2 - lat1) * rad;
  const dLon = (lon2 - lon1) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function locationsMatch(gold: PlacePoint, system: PlacePoint): boolean {
  if (gold.name && system.name && namesMatch(gold.name, system.name)) return true;
  if (gold.lat === null || gold.lon === null || system.lat === null || system.lon === null) return false;
  return distanceKm(gold.lat, gold.lon, system.lat, system.lon) <= LOCATION_RADIUS_KM;
}
