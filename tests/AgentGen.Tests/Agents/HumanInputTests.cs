using System;
using System.Text.Json;
using System.Threading.Tasks;
using AgentGen.Testing;
using static AgentGen.Tests.Agents.AgentTestKit;

namespace AgentGen.Tests.Agents;

/// <summary>Factor 7: a [HumanInput] tool pauses the thread; the person's answer must fit the format the model asked for.</summary>
public sealed class HumanInputTests
{
    private static async Task<AgentThread> AskAsync(AskPerson question) =>
        await new QuestionAgent(new ScriptedChatClient().Then(question)).RunAsync(AgentThread.Start("pick the environment"), Ct);

    [Fact]
    public void The_model_sees_urgency_format_and_choices_as_arguments_it_chooses()
    {
        using JsonDocument schema = JsonDocument.Parse(AskPerson.JsonSchema);
        JsonElement properties = schema.RootElement.GetProperty("properties");

        Assert.Equal("""["low","medium","high"]""", properties.GetProperty("urgency").GetProperty("enum").GetRawText());
        Assert.Equal("""["free_text","yes_no","one_of"]""", properties.GetProperty("format").GetProperty("enum").GetRawText());
        Assert.True(properties.TryGetProperty("choices", out _));
    }

    [Theory]
    [InlineData("Y", "yes")]
    [InlineData(" no ", "no")]
    [InlineData("TRUE", "yes")]
    public async Task A_yes_no_question_records_yes_or_no(string answer, string recorded)
    {
        AgentThread waiting = await AskAsync(new AskPerson("Deploy on a Friday?", Urgency.High, ResponseFormat.YesNo));

        AgentThread answered = waiting.Respond(answer);

        Assert.Equal(ThreadStatus.AwaitingHuman, waiting.Status);
        Assert.Equal(recorded, Assert.IsType<HumanResponseEvent>(answered.Events[^1]).Text);
        Assert.Equal(ThreadStatus.Ready, answered.Status);
    }

    [Fact]
    public async Task An_answer_that_does_not_fit_is_refused_with_what_fits_and_nothing_is_recorded()
    {
        AgentThread yesNo = await AskAsync(new AskPerson("Deploy on a Friday?", Format: ResponseFormat.YesNo));
        AgentThread oneOf = await AskAsync(new AskPerson("Where to?", Format: ResponseFormat.OneOf, Choices: ["staging", "production"]));
        AgentThread free = await AskAsync(new AskPerson("Why?"));

        ArgumentException maybe = Assert.Throws<ArgumentException>(() => yesNo.Respond("maybe"));
        ArgumentException dev = Assert.Throws<ArgumentException>(() => oneOf.Respond("dev"));
        ArgumentException blank = Assert.Throws<ArgumentException>(() => free.Respond("   "));

        Assert.StartsWith("ask_person asks for yes or no; \"maybe\" is not.", maybe.Message, StringComparison.Ordinal);
        Assert.StartsWith("ask_person asks for one of \"staging\", \"production\"; \"dev\" is not.", dev.Message, StringComparison.Ordinal);
        Assert.StartsWith("ask_person asks for a non-empty answer", blank.Message, StringComparison.Ordinal);
        Assert.Equal(ThreadStatus.AwaitingHuman, oneOf.Status);
    }

    [Fact]
    public async Task A_choice_is_recorded_as_written_in_the_choices_and_the_run_goes_on()
    {
        var model = new ScriptedChatClient()
            .Then(new AskPerson("Where to?", Format: ResponseFormat.OneOf, Choices: ["staging", "production"]))
            .Then(new Decided("production"));
        var agent = new QuestionAgent(model);
        AgentThread waiting = await agent.RunAsync(AgentThread.Start("pick the environment"), Ct);

        AgentThread done = await agent.RunAsync(waiting.Respond("Production"), Ct);

        Assert.Equal("production", Single<HumanResponseEvent>(done).Text);
        Assert.Equal(ThreadStatus.Done, done.Status);
        Assert.Contains("<human_response>\nproduction\n</human_response>", model.Requests[1].Text, StringComparison.Ordinal);
    }
}
