# Parallax bot: Node 22 LTS (the project's floor) on Debian slim, running as the unprivileged `node` user.
FROM node:22-slim AS build
WORKDIR /app
# sqlite3 (under @keyv/sqlite) builds from source when no prebuilt binary can be downloaded.
RUN apt-get update && apt-get install -y --no-install-recommends python3 make g++ && rm -rf /var/lib/apt/lists/*
COPY package.json package-lock.json tsconfig.json ./
COPY src src
COPY commands commands
# npm ci builds (the `prepare` script); then development packages are dropped.
RUN npm ci --no-audit --no-fund && npm prune --omit=dev

FROM node:22-slim
ENV NODE_ENV=production \
    STORE_URL=sqlite:///data/parallax.sqlite \
    HTTP_PORT=8080 \
    HTTP_HOST=0.0.0.0
WORKDIR /app
COPY --from=build /app/package.json ./
COPY --from=build /app/node_modules node_modules
COPY --from=build /app/dist dist
RUN mkdir /data && chown node:node /data
VOLUME /data
USER node
EXPOSE 8080
HEALTHCHECK --interval=30s --timeout=5s --start-period=30s --retries=3 CMD ["node", "dist/src/ops/healthcheck.js"]
# The bot is PID 1's only child-free process: `docker stop` sends SIGTERM to it directly, and it drains
# for SHUTDOWN_GRACE_SECONDS (20 s) — keep `docker stop -t` / stop_grace_period above that.
# The same image runs a queue worker (`npm run worker`) with the command `node dist/src/worker-main.js`
# (QUEUE_URL and a redis:// STORE_URL set); the health check then asks the worker's own /healthz.
CMD ["node", "dist/src/main.js"]
