// Types for the benchmark generator, which tests use to build large repositories.
export function generateRepository(dir: string, count: number): string[];
export function mulberry32(seed: number): () => number;
