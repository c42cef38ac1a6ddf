// Types for the lint config, so tests can import the layer zones it enforces.
import type { Linter } from 'eslint';

export type LayerZone = { target: string; from: string[]; message: string };
export declare const layerZones: LayerZone[];
declare const config: Linter.Config[];
export default config;
