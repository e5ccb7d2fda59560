using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Text.Json;
using System.Threading;
using System.Threading.Tasks;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace AgentGen.Hosting.Tests;

/// <summary>
/// One instance of an application hosting <see cref="RefundAgent"/> at <see cref="Prefix"/>: Kestrel on 127.0.0.1 with a
/// port of its own, and an <see cref="HttpClient"/> that talks to it over real HTTP.
/// </summary>
public sealed class AgentApp : IAsyncDisposable
{
    /// <summary>The route prefix the agent is mapped at.</summary>
    public const string Prefix = "/agents/refund";

    private readonly WebApplication app;

    private AgentApp(WebApplication app, HttpClient client, LogRecorder logs)
    {
        this.app = app;
        Client = client;
        Logs = logs;
    }

    /// <summary>Gets the client, whose base address is the app's.</summary>
    public HttpClient Client { get; }

    /// <summary>Gets what the app logged.</summary>
    public LogRecorder Logs { get; }

    /// <summary>Gets the app's services.</summary>
    public IServiceProvider Services => app.Services;

    /// <summary>Starts an instance over a store, with a model and a ledger that tests may share between instances.</summary>
    public static async Task<AgentApp> StartAsync(IThreadStore store, IChatClient model, RefundLedger ledger, Action<AgentHostOptions>? configure = null)
    {
        WebApplicationBuilder builder = WebApplication.CreateSlimBuilder();
        var logs = new LogRecorder();
        builder.Logging.ClearProviders().AddProvider(logs).SetMinimumLevel(LogLevel.Debug);
        builder.WebHost.UseKestrel(kestrel => kestrel.Listen(IPAddress.Loopback, 0));
        builder.Services.AddSingleton(store);
        builder.Services.AddSingleton(model);
        builder.Services.AddSingleton(ledger);
        builder.Services.AddAgentGen().AddAgent<RefundAgent>(configure);
        WebApplication app = builder.Build();
        app.MapAgent<RefundAgent>(Prefix);
        await app.StartAsync(TestContext.Current.CancellationToken);
        string address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new AgentApp(app, new HttpClient { BaseAddress = new Uri(address) }, logs);
    }

    /// <summary>Posts JSON to a path under the prefix.</summary>
    public Task<HttpResponseMessage> PostAsync(string path, string json) =>
        Client.PostAsync(Prefix + path, new StringContent(json, Encoding.UTF8, "application/json"), TestContext.Current.CancellationToken);

    /// <summary>Starts a thread over HTTP and checks the 202.</summary>
    public async Task<ThreadView> StartThreadAsync(string message)
    {
        using HttpResponseMessage response = await PostAsync("/threads", JsonSerializerText(message));
        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        ThreadView started = await ThreadView.ReadAsync(response);
        Assert.Equal($"{Prefix}/threads/{started.Id}", response.Headers.Location?.OriginalString);
        return started;
    }

    /// <summary>Answers a thread over HTTP and checks the 202.</summary>
    public async Task AnswerAsync(string threadId, string answerJson)
    {
        using HttpResponseMessage response = await PostAsync($"/threads/{threadId}/responses", answerJson);
        Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken));
    }

    /// <summary>Gets a thread over HTTP.</summary>
    public async Task<ThreadView> GetThreadAsync(string threadId)
    {
        using HttpResponseMessage response = await Client.GetAsync($"{Prefix}/threads/{threadId}", TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await ThreadView.ReadAsync(response);
    }

    /// <summary>Polls a thread over HTTP until it reaches a status, as a client would; fails if it never does.</summary>
    public async Task<ThreadView> WaitForStatusAsync(string threadId, string status)
    {
        ThreadView thread = await GetThreadAsync(threadId);
        await Eventually.HoldsAsync(
            async () => (thread = await GetThreadAsync(threadId)).Status == status,
            () => Task.FromResult($"Thread {threadId} never became {status}; it is {thread.Status} with events {string.Join(", ", thread.Kinds)}."));
        return thread;
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await app.StopAsync(CancellationToken.None);
        await app.DisposeAsync();
    }

    private static string JsonSerializerText(string message)
    {
        using var buffer = new System.IO.MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            writer.WriteString("message", message);
            writer.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.ToArray());
    }
}
