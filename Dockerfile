# The chainsim image: one build for the silos and for `chainsim serve` (docker-compose.yml picks the command).
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY . .
RUN dotnet publish src/Sihui.ChainSim.Cli/Sihui.ChainSim.Cli.csproj -c Release -o /app

# The ASP.NET Core runtime, so `serve` has its web server; the silos need only the plain runtime inside it.
FROM mcr.microsoft.com/dotnet/aspnet:10.0
WORKDIR /app
COPY --from=build /app .
COPY scenarios ./scenarios
ENV DOTNET_gcServer=1
EXPOSE 11111 30000 5080
ENTRYPOINT ["dotnet", "chainsim.dll"]
