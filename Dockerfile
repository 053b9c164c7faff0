# The chainsim image: one build for the silos and for `chainsim serve` (docker-compose.yml picks the command).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
# ReadyToRun (set in the project) for the image's own RID, framework-dependent: the runtime comes with the base image.
RUN dotnet publish src/Sihui.ChainSim.Cli/Sihui.ChainSim.Cli.csproj -c Release --use-current-runtime --self-contained false -o /app

# The ASP.NET Core runtime, so `serve` has its web server; the silos need only the plain runtime inside it.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY scenarios ./scenarios
ENV DOTNET_gcServer=1
EXPOSE 11111 30000 5080
ENTRYPOINT ["dotnet", "chainsim.dll"]
