# syntax=docker/dockerfile:1
# The app image: compiled TypeScript, the built web explorer (dist/web), production node_modules (with the native
# nodejieba addon), the API contract (server/schema.graphql) and the sample bulletins. It runs `kg start`: ingest the
# samples if the store is empty, then serve the API, /health and the explorer on 0.0.0.0:4000.

# --- build: full toolchain for TypeScript, the native addons and the SQLite store's search extension ---------------
FROM node:20-bookworm AS build
# nodejieba compiles from source with node-gyp when no prebuilt binary matches (node:20-bookworm usually has these
# already; naming them keeps the build working if the base image slims down).
RUN apt-get update \
 && apt-get install -y --no-install-recommends python3 make g++ \
 && rm -rf /var/lib/apt/lists/*
WORKDIR /app
# Dependencies first, so editing sources does not reinstall them. --ignore-scripts because the package's own
# `prepare` script would build before the sources are copied; nodejieba's install script then runs on its own.
COPY package.json package-lock.json ./
RUN npm ci --ignore-scripts && npm rebuild nodejieba better-sqlite3
COPY . .
# `build` compiles the TypeScript, the store's search extension (dist/native, with cc) and the web client (dist/web).
RUN npm run build && npm prune --omit=dev

# --- runtime: slim image, no compiler, no dev dependencies, no sources -----------------------------------------------
FROM node:20-bookworm-slim AS runtime
# HOST: listen on every interface of the container (the default, 127.0.0.1, would be unreachable from outside it).
ENV NODE_ENV=production HOST=0.0.0.0 PORT=4000
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
COPY --from=build /app/server/schema.graphql ./server/schema.graphql
# data/ is writable by the unprivileged user: the embedded store keeps graph.sqlite under it (no NEO4J_URI).
COPY --from=build --chown=node:node /app/data/samples ./data/samples
RUN chown node:node /app/data
USER node
EXPOSE 4000
HEALTHCHECK --interval=15s --timeout=5s --start-period=60s --retries=3 \
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + (process.env.PORT || 4000) + '/health').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]
# Exec form: node is PID 1 and gets SIGTERM itself (`docker stop`), closing the server and the store cleanly.
CMD ["node", "dist/cli/kg.js", "start"]
