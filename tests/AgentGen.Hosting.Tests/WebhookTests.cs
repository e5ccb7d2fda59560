using System;
using System.Linq;
using System.Net;
using System.Net.Http;
using System.Text;
using System.Threading.Tasks;
using AgentGen.Testing;

namespace AgentGen.Hosting.Tests;

/// <summary>
/// The signed webhook (factor 11): an event is accepted only with the shared secret's HMAC over "{timestamp}.{body}",
/// inside the time window, once, and within the size limit; every refusal leaves the store as it was.
/// </summary>
public sealed class WebhookTests : IAsyncLifetime
{
    private const string Secret = "2f6c1b0e9d8a7f6e5d4c3b2a19080706f5e4d3c2b1a0";
    private const int BodyLimit = 2048;

    private readonly InMemoryThreadStore store = new();
    private readonly RefundLedger ledger = new();
    private readonly ScriptedChatClient model = new();
    private AgentApp app = null!;
    private StoredThread waiting = null!;

    /// <inheritdoc/>
    public async ValueTask InitializeAsync()
    {
        waiting = await store.CreateAsync(
            AgentThread.Start("refund order-3").Append(new ToolCallEvent("call_1", new IssueRefund("order-3", 300)), new ApprovalRequestedEvent("call_1")),
            TestContext.Current.CancellationToken);
        app = await AgentApp.StartAsync(store, model, ledger, options =>
        {
            options.WebhookSecret = Secret;
            options.MaxWebhookBodySize = BodyLimit;
        });
    }

    /// <inheritdoc/>
    public async ValueTask DisposeAsync() => await app.DisposeAsync();

    [Fact]
    public async Task A_signed_message_starts_a_thread_from_the_webhook_and_a_signed_approval_resumes_a_waiting_one()
    {
        model.Then(new AskCustomer("Which order?")).Then(new RefundDone("refunded 3.00 on order-3"));

        using HttpResponseMessage started = await SendAsync("""{"message": "refund requested by the shop"}""");
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        ThreadView thread = await app.WaitForStatusAsync((await ThreadView.ReadAsync(started)).Id, "awaiting_human");
        Assert.Equal("webhook", thread.Events[0].GetProperty("source").GetString());
        Assert.Equal("refund requested by the shop", thread.Events[0].GetProperty("text").GetString());

        using HttpResponseMessage approved = await SendAsync($$$"""{"thread_id": "{{{waiting.Thread.Id}}}", "approve": {"comment": "shop says yes"}}""");
        Assert.Equal(HttpStatusCode.Accepted, approved.StatusCode);
        await app.WaitForStatusAsync(waiting.Thread.Id, "done");
        Assert.Equal([("order-3", "call_1", 1)], ledger.Runs);
    }

    [Theory]
    [InlineData("no signature")]
    [InlineData("no timestamp")]
    [InlineData("another secret")]
    [InlineData("signature of another body")]
    [InlineData("timestamp changed after signing")]
    [InlineData("not sha256=")]
    [InlineData("not hex")]
    [InlineData("two signatures")]
    public async Task A_webhook_without_a_valid_signature_gets_401_and_changes_nothing(string flaw)
    {
        string body = $$$"""{"thread_id": "{{{waiting.Thread.Id}}}", "approve": {}}""";
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string signature = AgentWebhooks.Sign(Secret, now, Encoding.UTF8.GetBytes(body));
        (string? timestamp, string[] signatures) = flaw switch
        {
            "no signature" => (Stamp(now), Array.Empty<string>()),
            "no timestamp" => ((string?)null, [signature]),
            "another secret" => (Stamp(now), [AgentWebhooks.Sign(Secret.Replace('2', '3'), now, Encoding.UTF8.GetBytes(body))]),
            "signature of another body" => (Stamp(now), [AgentWebhooks.Sign(Secret, now, Encoding.UTF8.GetBytes(body + " "))]),
            "timestamp changed after signing" => (Stamp(now - 1), [signature]),
            "not sha256=" => (Stamp(now), ["sha1=" + signature[7..]]),
            "not hex" => (Stamp(now), [signature[..^1] + "g"]),
            "two signatures" => (Stamp(now), [signature, signature]),
            _ => throw new ArgumentOutOfRangeException(nameof(flaw)),
        };
        string before = await StoreSnapshot.TakeAsync(store);

        using HttpResponseMessage response = await SendRawAsync(new StringContent(body, Encoding.UTF8, "application/json"), timestamp, signatures);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
        Assert.Empty(ledger.Runs);
    }

    [Theory]
    [InlineData(-10 * 60)]
    [InlineData(-5 * 60 - 30)]
    [InlineData(10 * 60)]
    public async Task A_correctly_signed_webhook_outside_the_five_minute_window_gets_401_and_changes_nothing(int offsetSeconds)
    {
        string before = await StoreSnapshot.TakeAsync(store);

        using HttpResponseMessage response = await SendAsync(
            $$$"""{"thread_id": "{{{waiting.Thread.Id}}}", "approve": {}}""",
            DateTimeOffset.UtcNow.ToUnixTimeSeconds() + offsetSeconds);

        string detail = await HttpAssert.ProblemAsync(response, HttpStatusCode.Unauthorized);
        Assert.Contains("outside the ±300 s window", detail);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task A_replayed_webhook_gets_409_and_starts_no_second_thread()
    {
        model.Then(new AskCustomer("Which order?"));
        const string body = """{"message": "refund requested by the shop"}""";
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        using HttpResponseMessage first = await SendAsync(body, now);
        Assert.Equal(HttpStatusCode.Accepted, first.StatusCode);
        await app.WaitForStatusAsync((await ThreadView.ReadAsync(first)).Id, "awaiting_human");
        string before = await StoreSnapshot.TakeAsync(store);

        using HttpResponseMessage replay = await SendAsync(body, now);

        string detail = await HttpAssert.ProblemAsync(replay, HttpStatusCode.Conflict);
        Assert.Contains("received before", detail);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task A_signed_answer_to_an_unknown_thread_gets_404_and_changes_nothing()
    {
        string before = await StoreSnapshot.TakeAsync(store);

        using HttpResponseMessage response = await SendAsync("""{"thread_id": "0123456789abcdef0123456789abcdef", "approve": {}}""");

        string detail = await HttpAssert.ProblemAsync(response, HttpStatusCode.NotFound);
        Assert.Equal(new ThreadNotFoundException("0123456789abcdef0123456789abcdef").Message, detail);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Fact]
    public async Task A_signed_answer_the_thread_is_not_waiting_for_gets_409_with_the_threads_reason_and_changes_nothing()
    {
        string before = await StoreSnapshot.TakeAsync(store);

        using HttpResponseMessage response = await SendAsync($$$"""{"thread_id": "{{{waiting.Thread.Id}}}", "respond": {"text": "order-3"}}""");

        string detail = await HttpAssert.ProblemAsync(response, HttpStatusCode.Conflict);
        Assert.Equal(Assert.Throws<InvalidOperationException>(() => waiting.Thread.Respond("order-3")).Message, detail);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
        Assert.Empty(ledger.Runs);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_over_the_limit_gets_413_before_its_signature_is_checked_and_changes_nothing(bool chunked)
    {
        string body = PaddedMessage(BodyLimit + 1);
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        string before = await StoreSnapshot.TakeAsync(store);
        HttpContent content = chunked ? new ChunkedContent(Encoding.UTF8.GetBytes(body)) : new StringContent(body, Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await SendRawAsync(content, Stamp(now), [AgentWebhooks.Sign(Secret, now, Encoding.UTF8.GetBytes(body))]);

        await HttpAssert.ProblemAsync(response, HttpStatusCode.RequestEntityTooLarge);
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task A_body_exactly_at_the_limit_is_read_whole_and_accepted(bool chunked)
    {
        model.Then(new AskCustomer("Which order?"));
        string body = PaddedMessage(BodyLimit);
        long now = DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        HttpContent content = chunked ? new ChunkedContent(Encoding.UTF8.GetBytes(body)) : new StringContent(body, Encoding.UTF8, "application/json");

        using HttpResponseMessage response = await SendRawAsync(content, Stamp(now), [AgentWebhooks.Sign(Secret, now, Encoding.UTF8.GetBytes(body))]);

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        ThreadView thread = await app.WaitForStatusAsync((await ThreadView.ReadAsync(response)).Id, "awaiting_human");
        Assert.Equal(BodyLimit - """{"message":""}""".Length, thread.Events[0].GetProperty("text").GetString()!.Length);
    }

    [Fact]
    public async Task A_signed_body_that_is_not_an_event_gets_400_and_changes_nothing()
    {
        string before = await StoreSnapshot.TakeAsync(store);

        using HttpResponseMessage notJson = await SendAsync("{\"message\": ");
        using HttpResponseMessage both = await SendAsync($$$"""{"message": "x", "thread_id": "{{{waiting.Thread.Id}}}"}""");
        using HttpResponseMessage noAnswer = await SendAsync($$$"""{"thread_id": "{{{waiting.Thread.Id}}}", "aprove": {}}""");

        Assert.Contains("not JSON", await HttpAssert.ProblemAsync(notJson, HttpStatusCode.BadRequest));
        Assert.Contains("both \"message\" and \"thread_id\"", await HttpAssert.ProblemAsync(both, HttpStatusCode.BadRequest));
        Assert.Contains("names no answer", await HttpAssert.ProblemAsync(noAnswer, HttpStatusCode.BadRequest));
        Assert.Equal(before, await StoreSnapshot.TakeAsync(store));
    }

    private static string Stamp(long unixSeconds) => unixSeconds.ToString(System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>A start event whose JSON is exactly <paramref name="length"/> bytes long.</summary>
    private static string PaddedMessage(int length) => "{\"message\":\"" + new string('x', length - """{"message":""}""".Length) + "\"}";

    private Task<HttpResponseMessage> SendAsync(string body, long? timestamp = null)
    {
        long at = timestamp ?? DateTimeOffset.UtcNow.ToUnixTimeSeconds();
        return SendRawAsync(new StringContent(body, Encoding.UTF8, "application/json"), Stamp(at), [AgentWebhooks.Sign(Secret, at, Encoding.UTF8.GetBytes(body))]);
    }

    private Task<HttpResponseMessage> SendRawAsync(HttpContent content, string? timestamp, string[] signatures)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, AgentApp.Prefix + "/webhooks") { Content = content };
        if (timestamp is not null)
        {
            request.Headers.Add(AgentWebhooks.TimestampHeader, timestamp);
        }

        foreach (string signature in signatures)
        {
            request.Headers.Add(AgentWebhooks.SignatureHeader, signature);
        }

        return app.Client.SendAsync(request, TestContext.Current.CancellationToken);
    }
}
