using System;
using System.Threading.Tasks;
using AgentGen.Testing;

namespace AgentGen.Hosting.Tests;

/// <summary>
/// Launch, pause and resume over real HTTP (factors 6, 7 and 11): one app instance starts a thread, a second one, sharing
/// the store, takes the person's answer, and the run resumes there. PostgreSQL is what several machines would share; a
/// SQLite file shared by two instances covers the same logic when no server is configured.
/// </summary>
public sealed class EndToEndTests(PostgreSqlSchema schema) : IClassFixture<PostgreSqlSchema>
{
    [Theory]
    [InlineData(Backend.PostgreSql)]
    [InlineData(Backend.Sqlite)]
    public async Task A_thread_paused_for_approval_is_approved_through_a_second_instance_and_its_handler_runs_once(Backend backend)
    {
        var model = new ScriptedChatClient().Then(new IssueRefund("order-1", 500)).Then(new RefundDone("refunded 5.00 on order-1"));
        await using TwoInstances both = await TwoInstances.StartAsync(backend, schema, model);
        (AgentApp first, AgentApp second, RefundLedger ledger) = (both.First, both.Second, both.Ledger);

        ThreadView started = await first.StartThreadAsync("refund order-1");
        ThreadView paused = await first.WaitForStatusAsync(started.Id, "awaiting_approval");
        Assert.Empty(ledger.Runs);

        await second.AnswerAsync(started.Id, """{"approve": {"comment": "ok"}}""");
        ThreadView done = await first.WaitForStatusAsync(started.Id, "done");

        string callId = paused.CallIdOf(IssueRefund.ToolName);
        Assert.Equal([("order-1", callId, 1)], ledger.Runs);
        Assert.Equal(
            ["message", "tool_call", "approval_requested", "approval_granted", "tool_started", "tool_result", "tool_call", "done"],
            done.Kinds);
        Assert.Equal("ok", done.Events[3].GetProperty("comment").GetString());
        Assert.Equal(0, model.Remaining);
    }

    [Theory]
    [InlineData(Backend.PostgreSql)]
    [InlineData(Backend.Sqlite)]
    public async Task A_rejection_through_a_second_instance_runs_nothing_and_the_model_sees_the_feedback(Backend backend)
    {
        var model = new ScriptedChatClient().Then(new IssueRefund("order-2", 90_000)).Then(new RefundDone("no refund: over the limit"));
        await using TwoInstances both = await TwoInstances.StartAsync(backend, schema, model);
        (AgentApp first, AgentApp second, RefundLedger ledger) = (both.First, both.Second, both.Ledger);

        ThreadView started = await first.StartThreadAsync("refund order-2");
        await first.WaitForStatusAsync(started.Id, "awaiting_approval");
        await second.AnswerAsync(started.Id, """{"reject": {"feedback": "over the 500.00 limit"}}""");
        ThreadView done = await second.WaitForStatusAsync(started.Id, "done");

        Assert.Empty(ledger.Runs);
        Assert.Equal(["message", "tool_call", "approval_requested", "approval_rejected", "tool_call", "done"], done.Kinds);
        Assert.Equal(2, model.Requests.Count);
        Assert.DoesNotContain("over the 500.00 limit", model.Requests[0].Text);
        Assert.Contains("over the 500.00 limit", model.Requests[1].Text);
    }

    [Theory]
    [InlineData(Backend.PostgreSql)]
    [InlineData(Backend.Sqlite)]
    public async Task A_question_is_answered_on_one_instance_and_the_approval_that_follows_on_the_other(Backend backend)
    {
        var model = new ScriptedChatClient()
            .Then(new AskCustomer("Which order should I refund?"))
            .Then(new IssueRefund("order-7", 1_250))
            .Then(new RefundDone("refunded 12.50 on order-7"));
        await using TwoInstances both = await TwoInstances.StartAsync(backend, schema, model);
        (AgentApp first, AgentApp second, RefundLedger ledger) = (both.First, both.Second, both.Ledger);

        ThreadView started = await first.StartThreadAsync("I want my money back");
        await first.WaitForStatusAsync(started.Id, "awaiting_human");
        await second.AnswerAsync(started.Id, """{"respond": {"text": "order-7, the blue one"}}""");
        ThreadView paused = await second.WaitForStatusAsync(started.Id, "awaiting_approval");
        Assert.Contains("order-7, the blue one", model.Requests[1].Text);

        await first.AnswerAsync(started.Id, """{"approve": {}}""");
        ThreadView done = await second.WaitForStatusAsync(started.Id, "done");

        Assert.Equal([("order-7", paused.CallIdOf(IssueRefund.ToolName), 1)], ledger.Runs);
        Assert.Equal(
            ["message", "tool_call", "human_input_requested", "human_response", "tool_call", "approval_requested",
             "approval_granted", "tool_started", "tool_result", "tool_call", "done"],
            done.Kinds);
        Assert.Equal(0, model.Remaining);
    }

    /// <summary>Two app instances over one database, sharing the model and the payment ledger.</summary>
    private sealed class TwoInstances(SharedStore shared, AgentApp first, AgentApp second, RefundLedger ledger) : IAsyncDisposable
    {
        public AgentApp First => first;

        public AgentApp Second => second;

        public RefundLedger Ledger => ledger;

        public static async Task<TwoInstances> StartAsync(Backend backend, PostgreSqlSchema schema, ScriptedChatClient model)
        {
            SharedStore shared = await SharedStore.CreateAsync(backend, schema);
            var ledger = new RefundLedger();

            // The shared script answers in order: the start-up pass of an instance must not take a turn.
            AgentApp first = await AgentApp.StartAsync(shared.Open(), model, ledger, options => options.ResumeOnStart = false);
            AgentApp second = await AgentApp.StartAsync(shared.Open(), model, ledger, options => options.ResumeOnStart = false);
            return new TwoInstances(shared, first, second, ledger);
        }

        public async ValueTask DisposeAsync()
        {
            await first.DisposeAsync();
            await second.DisposeAsync();
            await shared.DisposeAsync();
        }
    }
}
