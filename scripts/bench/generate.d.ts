// Types for the benchmark generator, which tests use to build large repositories.
export function generateRepository(dir: string, count: number): string[];
