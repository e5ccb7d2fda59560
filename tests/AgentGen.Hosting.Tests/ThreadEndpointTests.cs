using System;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Testing;

namespace AgentGen.Hosting.Tests;

/// <summary>The thread endpoints' answers to what clients get wrong: malformed bodies, unknown ids, answers out of turn, races.</summary>
public sealed class ThreadEndpointTests : IAsyncLifetime
{
    private readonly RacingStore store = new();
    private readonly ScriptedChatClient model = new();
    private AgentApp app = null!;

    /// <inheritdoc/>
    public async ValueTask InitializeAsync() =>
        app = await AgentApp.StartAsync(store, model, new RefundLedger(), options => options.MaxRequestBodySize = 256);

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task The_thread_a_start_returns_is_served_at_its_location_as_the_store_holds_it()
    {
        model.Then(new AskCustomer("Which order?"));

        ThreadView started = await app.StartThreadAsync("refund my order");
        ThreadView waiting = await app.WaitForStatusAsync(started.Id, "awaiting_human");

        Assert.Equal(("ready", 1L), (started.Status, started.Version));
        StoredThread stored = (await store.LoadAsync(started.Id, Ct))!;
        Assert.Equal(stored.Version, waiting.Version);
        Assert.Equal(Encoding.UTF8.GetString(ThreadJson.Serialize(stored.Thread)), waiting.Thread.GetRawText());
        Assert.Equal("user", waiting.Events[0].GetProperty("source").GetString());
    }

    [Theory]
    [InlineData("refund", "not JSON")]
    [InlineData("""["refund"]""", "an array, not a JSON object")]
    [InlineData("{}", "\"message\" is missing")]
    [InlineData("""{"message": 5}""", "\"message\" must be a string, not a number")]
    [InlineData("""{"message": "  "}""", "\"message\" is empty")]
    [InlineData("""{"message": "refund", "source": ""}""", "\"source\" is empty")]
    public async Task A_malformed_start_gets_400_saying_what_to_send_and_stores_nothing(string body, string expected)
    {
        using HttpResponseMessage response = await app.PostAsync("/threads", body);

        string detail = await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest);
        Assert.Contains(expected, detail);
        Assert.Equal(string.Empty, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task A_body_over_the_limit_gets_413_and_stores_nothing()
    {
        using HttpResponseMessage response = await app.PostAsync("/threads", $$"""{"message": "{{new string('x', 300)}}"}""");

        Assert.Contains("longer than 256 bytes", await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge));
        Assert.Equal(string.Empty, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task An_unknown_thread_gets_404_from_every_thread_endpoint()
    {
        const string id = "0123456789abcdef0123456789abcdef";
        string expected = new ThreadNotFoundException(id).Message;

        using HttpResponseMessage get = await app.Client.GetAsync($"{AgentApp.Prefix}/threads/{id}", Ct);
        using HttpResponseMessage answer = await app.PostAsync($"/threads/{id}/responses", """{"approve": {}}""");
        using HttpResponseMessage run = await app.PostAsync($"/threads/{id}/run", string.Empty);

        Assert.Equal(expected, await HttpAssert.ProblemAsync(get, HttpStatusCode.NotFound));
        Assert.Equal(expected, await HttpAssert.ProblemAsync(answer, HttpStatusCode.NotFound));
        Assert.Equal(expected, await HttpAssert.ProblemAsync(run, HttpStatusCode.NotFound));
    }

    [Theory]
    [InlineData("{}", "names no answer")]
    [InlineData("""{"approve": "yes"}""", "\"approve\" must be an object, not a string")]
    [InlineData("""{"reject": {}}""", "In \"reject\": \"feedback\" is missing")]
    [InlineData("""{"respond": {"text": 7}}""", "In \"respond\": \"text\" must be a string, not a number")]
    [InlineData("""{"approve": {}, "reject": {"feedback": "no"}}""", "both \"approve\" and \"reject\"")]
    public async Task A_malformed_answer_gets_400_and_changes_nothing(string body, string expected)
    {
        StoredThread waiting = await SeedAwaitingApprovalAsync();
        string before = await StoreSnapshot.TakeAsync(store);

        using HttpResponseMessage response = await app.PostAsync($"/threads/{waiting.Thread.Id}/responses", body);

        Assert.Contains(expected, await HttpAssert.ProblemAsync(response, HttpStatusCode.BadRequest));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Theory]
    [InlineData("""{"respond": {"text": "order-3"}}""")]
    [InlineData("""{"approve": {}}""")]
    public async Task An_answer_the_thread_is_not_waiting_for_gets_409_with_the_threads_own_reason(string body)
    {
        StoredThread waiting = await SeedAwaitingApprovalAsync();
        StoredThread done = await store.CreateAsync(
            AgentThread.Start("refund order-4").Append(new ToolCallEvent("call_1", new RefundDone("nothing to refund")), new DoneEvent("nothing to refund")), Ct);
        bool approving = body.Contains("approve", StringComparison.Ordinal);
        StoredThread target = approving ? done : waiting;
        string expected = Assert.Throws<InvalidOperationException>(() => approving ? target.Thread.Approve() : target.Thread.Respond("order-3")).Message;
        string before = await StoreSnapshot.TakeAsync(store);

        using HttpResponseMessage response = await app.PostAsync($"/threads/{target.Thread.Id}/responses", body);

        Assert.Equal(expected, await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task An_answer_racing_another_persons_answer_gets_409_and_the_first_answer_stands()
    {
        StoredThread waiting = await SeedAwaitingApprovalAsync();

        // Another instance saves an approval between this request's load and its save.
        store.BeforeNextSave(() => store.Inner.SaveAsync(waiting.Thread.Approve("first"), waiting.Version, Ct));
        using HttpResponseMessage response = await app.PostAsync($"/threads/{waiting.Thread.Id}/responses", """{"reject": {"feedback": "second"}}""");

        Assert.Equal(
            new ThreadConflictException(waiting.Thread.Id, waiting.Version, waiting.Version + 1).Message,
            await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict));
        StoredThread stored = (await store.LoadAsync(waiting.Thread.Id, Ct))!;
        Assert.Equal(new ApprovalGrantedEvent("call_1", "first"), stored.Thread.Events[3]);
        Assert.DoesNotContain(stored.Thread.Events, e => e is ApprovalRejectedEvent);
    }

    [Fact]
    public async Task Run_refuses_a_thread_that_waits_for_a_person()
    {
        StoredThread waiting = await SeedAwaitingApprovalAsync();

        using HttpResponseMessage response = await app.PostAsync($"/threads/{waiting.Thread.Id}/run", string.Empty);

        Assert.Contains("is awaiting_approval", await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict));
    }

    [Fact]
    public async Task Without_a_webhook_secret_there_is_no_webhook_endpoint()
    {
        using HttpResponseMessage response = await app.PostAsync("/webhooks", """{"message": "refund"}""");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal(string.Empty, await StoreSnapshot.TakeAsync(store));
    }

    private static CancellationToken Ct => TestContext.Current.CancellationToken;

    private Task<StoredThread> SeedAwaitingApprovalAsync() => store.CreateAsync(
        AgentThread.Start("refund order-3").Append(new ToolCallEvent("call_1", new IssueRefund("order-3", 300)), new ApprovalRequestedEvent("call_1")),
        Ct);
}
