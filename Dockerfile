# syntax=docker/dockerfile:1
# The app image: compiled TypeScript, production node_modules (with the native nodejieba addon) and the sample bulletins.

# --- build: full toolchain for TypeScript and nodejieba's native addon ---------------------------------------------
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
RUN npm ci --ignore-scripts && npm rebuild nodejieba
COPY . .
RUN npm run build && npm prune --omit=dev

# --- runtime: slim image, no compiler, no dev dependencies, no sources -----------------------------------------------
FROM node:20-bookworm-slim AS runtime
ENV NODE_ENV=production
WORKDIR /app
COPY --from=build /app/package.json ./package.json
COPY --from=build /app/node_modules ./node_modules
COPY --from=build /app/dist ./dist
# data/ is writable by the unprivileged user: the embedded store keeps its snapshot under it (no NEO4J_URI).
COPY --from=build --chown=node:node /app/data/samples ./data/samples
RUN chown node:node /app/data
USER node
EXPOSE 4000
CMD ["node", "dist/cli/kg.js", "start"]
