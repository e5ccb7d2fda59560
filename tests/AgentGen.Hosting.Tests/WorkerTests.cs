using System.Linq;
using System.Net;
using System.Net.Http;
using System.Threading.Tasks;
using AgentGen.Testing;
using Microsoft.Extensions.Logging;

namespace AgentGen.Hosting.Tests;

/// <summary>The background worker: a failing run is logged and never stops it, and a failed thread can be run again.</summary>
public sealed class WorkerTests
{
    [Fact]
    public async Task A_run_that_throws_is_logged_the_next_thread_still_runs_and_run_retries_the_failed_one()
    {
        var store = new InMemoryThreadStore();
        var model = new ScriptedChatClient().ThenThrow(new HttpRequestException("the model provider is down")).Then(new AskCustomer("Which order?"));
        await using AgentApp app = await AgentApp.StartAsync(store, model, new RefundLedger(), options => options.MaxConcurrency = 1);

        ThreadView failing = await app.StartThreadAsync("refund order-1");
        ThreadView next = await app.StartThreadAsync("refund order-2");
        await app.WaitForStatusAsync(next.Id, "awaiting_human");

        ThreadView failed = await app.GetThreadAsync(failing.Id);
        Assert.Equal(("ready", 1L), (failed.Status, failed.Version));
        Assert.Equal(["message"], failed.Kinds);
        var error = Assert.Single(app.Logs.Entries, entry => entry.Level == LogLevel.Error);
        Assert.Contains(failing.Id, error.Message);
        Assert.IsType<HttpRequestException>(error.Exception);

        model.Then(new RefundDone("nothing to refund"));
        using HttpResponseMessage run = await app.PostAsync($"/threads/{failing.Id}/run", string.Empty);
        Assert.Equal(HttpStatusCode.Accepted, run.StatusCode);
        ThreadView done = await app.WaitForStatusAsync(failing.Id, "done");
        Assert.Equal(["message", "tool_call", "done"], done.Kinds);
    }
}
