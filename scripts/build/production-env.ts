// Imported first by scripts/build.ts: React must load in one mode for the whole build (Vite's build
// sets production, and the prerender's React must match the one the other steps already loaded).
process.env.NODE_ENV = 'production';
