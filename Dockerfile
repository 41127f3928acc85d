# syntax=docker/dockerfile:1
# Build: the same Maven build as the README's, tests left to CI.
FROM maven:3.9-eclipse-temurin-17 AS build
WORKDIR /src
COPY pom.xml ./
COPY domain/pom.xml domain/
COPY bot/pom.xml bot/
# the reactor lists the bench module, so its pom must be there; only the bot and what it needs are built
COPY bench/pom.xml bench/
RUN mvn -B -ntp -q dependency:go-offline -DexcludeReactor=true || true
COPY domain domain
COPY bot bot
COPY locales locales
RUN mvn -B -ntp -q -DskipTests -pl bot -am package

# Run: a JRE, an unprivileged user, the data folder as a volume (used only without MONGODB_URI).
FROM eclipse-temurin:17-jre
RUN groupadd --system khodyar && useradd --system --gid khodyar --home-dir /app khodyar \
    && mkdir -p /app /data && chown khodyar:khodyar /app /data
WORKDIR /app
COPY --from=build /src/bot/target/khodyar-bot-exec.jar /app/khodyar-bot.jar
USER khodyar
ENV BOT_DATA_DIR=/data \
    KHODYAR_SIMULATOR=false \
    SERVER_PORT=8080 \
    MALLOC_ARENA_MAX=2 \
    JAVA_TOOL_OPTIONS="-XX:+UseSerialGC -Xmx112m -XX:ReservedCodeCacheSize=48m -Xss512k"
VOLUME ["/data"]
EXPOSE 8080
ENTRYPOINT ["java", "-jar", "/app/khodyar-bot.jar"]
