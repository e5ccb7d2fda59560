// DeployHost: the DeployBot agent behind HTTP (factor 11). Start a thread, watch it pause for approval, approve it from
// anywhere, and let a background worker finish it. Threads live in SQLite by default, or in PostgreSQL when a
// connection string is configured; with no API key the model is DeployBot's script. See docs/hosting.md.
using AgentGen;
using AgentGen.Generated;
using AgentGen.Hosting;
using AgentGen.PostgreSql;
using AgentGen.Sqlite;
using DeployBot;
using DeployHost;
using Microsoft.AspNetCore.Builder;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

WebApplicationBuilder builder = WebApplication.CreateSlimBuilder(args);

IChatClient model = ModelChoice.FromEnvironment(out string modelDescription) ?? new ScriptedDeployModel();
builder.Services.AddSingleton(model);
builder.Services.AddSingleton<IGit, FakeGit>();
builder.Services.AddSingleton<IDeployer, FakeDeployer>();

// ConnectionStrings:Threads (env ConnectionStrings__Threads) picks PostgreSQL; Threads:Path a SQLite file.
string? postgres = builder.Configuration.GetConnectionString("Threads");
string sqlitePath = builder.Configuration["Threads:Path"] ?? SqliteThreadStore.GetDefaultPath("DeployHost");
builder.Services.AddSingleton<IThreadStore>(_ => postgres is { Length: > 0 }
    ? new PostgreSqlThreadStore(postgres, ToolRegistry.Instance)
    : new SqliteThreadStore(sqlitePath, ToolRegistry.Instance));

builder.Services.AddAgentGen().AddAgent<DeployAgent>(options =>
{
    // Webhooks:Secret (env Webhooks__Secret), at least 32 bytes: `openssl rand -hex 32`. Unset: no webhook endpoint.
    options.WebhookSecret = builder.Configuration["Webhooks:Secret"];
});

WebApplication app = builder.Build();
if (app.Services.GetRequiredService<IThreadStore>() is PostgreSqlThreadStore table)
{
    await table.EnsureCreatedAsync();
}

app.MapAgent<DeployAgent>("/agents/deploy");
app.Logger.LogInformation(
    "DeployHost: model {Model}; threads in {Store}",
    modelDescription,
    postgres is { Length: > 0 } ? "PostgreSQL" : sqlitePath);
await app.RunAsync();
