using System;
using System.Text;
using AgentGen.Agents;
using AgentGen.Generated;

namespace AgentGen.Tests.Context;

/// <summary>
/// <c>[Sensitive]</c> keeps a property out of what the model sees (the context, prompt values, a terminal tool's done
/// message) while the stored thread keeps it for the handler. The rendering itself is the <c>tool_call_sensitive</c> snapshot.
/// </summary>
public sealed class SensitiveTests
{
    private static readonly ContextRotateCredentials s_rotate = new(
        "billing-api", ApiKey: "sk-live-4242", Password: "hunter2", new ContextVault("ops-vault", Token: "vault-token-9"));

    private static readonly string[] s_secrets = ["sk-live-4242", "hunter2", "vault-token-9"];

    [Fact]
    public void Sensitive_properties_and_nested_ones_are_not_rendered_and_the_others_are()
    {
        string rendered = XmlContextRenderer.Default.Render(AgentThread.FromEvents("t", [new ToolCallEvent("call_1", s_rotate)]));

        Assert.All(s_secrets, secret => Assert.DoesNotContain(secret, rendered, StringComparison.Ordinal));
        Assert.Contains("service: billing-api\n", rendered, StringComparison.Ordinal);
        Assert.Contains("vault:\n  name: ops-vault\n", rendered, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stored_thread_keeps_sensitive_properties_and_loads_them_back()
    {
        AgentThread thread = AgentThread.Start("rotate the billing key").Append(new ToolCallEvent("call_1", s_rotate));

        byte[] stored = ThreadJson.Serialize(thread);
        AgentThread loaded = ThreadJson.Deserialize(stored, ToolRegistry.Instance);

        string json = Encoding.UTF8.GetString(stored);
        Assert.All(s_secrets, secret => Assert.Contains(secret, json, StringComparison.Ordinal));
        Assert.Equal(s_rotate, Assert.IsType<ToolCallEvent>(loaded.Events[^1]).Tool);
        Assert.Equal(XmlContextRenderer.Default.Render(thread), XmlContextRenderer.Default.Render(loaded));
    }

    [Fact]
    public void Prompt_values_leave_sensitive_properties_out()
    {
        string value = PromptValues.Format(s_rotate);

        Assert.Equal("service: billing-api\nvault:\n  name: ops-vault", value);
    }

    [Fact]
    public void A_terminal_tool_whose_only_text_is_sensitive_does_not_put_it_in_the_done_message()
    {
        StepOutcome hidden = AgentSteps.Terminal(new ContextHandOver("s3cr3t"));
        StepOutcome shown = AgentSteps.Terminal(new ContextHandOver("s3cr3t", Note: "handed over"));

        Assert.Equal(string.Empty, hidden.Text);
        Assert.Equal("note: handed over", shown.Text);
    }

    [Fact]
    public void A_sensitive_property_stays_in_the_schema_the_model_fills()
    {
        Assert.Contains("\"api_key\"", ContextRotateCredentials.JsonSchema, StringComparison.Ordinal);
        Assert.Contains("\"password\"", ContextRotateCredentials.JsonSchema, StringComparison.Ordinal);
    }
}
