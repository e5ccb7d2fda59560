using System;
using System.Collections.Generic;
using System.Text.RegularExpressions;

namespace AgentGen.Analyzers.Tests.Samples;

/// <summary>Where a diagnostic must be: in <paramref name="File"/>, at <paramref name="Text"/> inside the one occurrence of <paramref name="Anchor"/>.</summary>
/// <param name="Id">The diagnostic's ID.</param>
/// <param name="File">The sample file's name.</param>
/// <param name="Anchor">Text that occurs once in the broken file.</param>
/// <param name="Text">The diagnostic's exact text within the anchor; <see langword="null"/> when it starts where the anchor does and runs on.</param>
internal sealed record ExpectedDiagnostic(string Id, string File, string Anchor, string? Text = null);

/// <summary>One deliberate mistake in the DeployBot sample and every diagnostic it must cause.</summary>
/// <param name="Rule">The rule the mistake breaks.</param>
/// <param name="File">The sample file it changes.</param>
/// <param name="Apply">The change; it must change the file.</param>
/// <param name="Expected">Every AgentGen diagnostic the broken sample must get, and no other.</param>
/// <param name="GlobalOptions">The <c>.globalconfig</c> options the project gets.</param>
internal sealed record Breakage(string Rule, string File, Func<string, string> Apply, ExpectedDiagnostic[] Expected, IReadOnlyDictionary<string, string>? GlobalOptions = null)
{
    public override string ToString() => Rule;
}

/// <summary>The deliberate mistakes, one (or more) per rule, each with what it must cause.</summary>
internal static class SampleBreakages
{
    private const string Agent = "DeployAgent.cs", Tools = "Tools.cs", Program = "Program.cs";

    public static IReadOnlyList<Breakage> All { get; } =
    [
        new("AGEN0001", Tools, Replace("public sealed partial record ListGitTags(", "public sealed record ListGitTags("),
            [new("AGEN0001", Tools, "record ListGitTags(", "ListGitTags")]),
        new("AGEN0002", Tools, Replace("public sealed partial record DoneForNow(", "public abstract partial record DoneForNow("),
            [new("AGEN0002", Tools, "record DoneForNow(", "DoneForNow")]),
        new("AGEN0003", Tools, Replace(
                "public sealed partial record DeployFrontend(string Tag, DeployEnvironment Environment)",
                "public sealed partial record DeployFrontend(string Tag, DeployEnvironment Environment, [property: Description(\"Options.\")] object Options)"),
            [new("AGEN0003", Tools, "object Options)", "Options")]),
        new("AGEN0004", Tools, Replace("[Tool]\npublic sealed partial record DeployFrontend", "[Tool(\"list_git_tags\")]\npublic sealed partial record DeployFrontend"),
            [new("AGEN0004", Tools, "[Tool(\"list_git_tags\")]", "\"list_git_tags\"")]),
        new("AGEN0005", Tools, Replace("[Tool, RequiresApproval]", "[Tool(\"deploy backend\"), RequiresApproval]"),
            [new("AGEN0005", Tools, "\"deploy backend\"")]),
        new("AGEN0006", Tools, Replace("/// <summary>Say that the work is finished.</summary>\n", string.Empty),
            [new("AGEN0006", Tools, "record DoneForNow(", "DoneForNow")]),
        new("AGEN0007", Tools, Replace("[Tool, Terminal]", "[Tool]"),
            [new("AGEN0007", Tools, "interface IDeployStep", "IDeployStep"), new("AGEN0010", Agent, "class DeployAgent(", "DeployAgent")]),
        new("AGEN0008", Tools, Replace(
                "public sealed partial record DoneForNow(string Message) : IDeployStep;\n",
                "public sealed partial record DoneForNow(string Message) : IDeployStep;\n\n/// <summary>List the frontend's tags.</summary>\n" +
                "/// <param name=\"Limit\">How many.</param>\n[Tool(\"list_git_tags\")]\npublic sealed partial record ListFrontendTags(int Limit = 10);\n"),
            [new("AGEN0008", Tools, "record ListGitTags(", "ListGitTags"), new("AGEN0008", Tools, "[Tool(\"list_git_tags\")]", "\"list_git_tags\"")]),
        new("AGEN0010", Agent, Replace("Handle(DeployFrontend step", "Run(DeployFrontend step"),
            [new("AGEN0010", Agent, "class DeployAgent(", "DeployAgent")]),
        new("AGEN0011", Agent, text => text
                .Replace("private async Task<StepOutcome> Handle(ListGitTags step", "private async Task<string> Handle(ListGitTags step", StringComparison.Ordinal)
                .Replace("return StepOutcome.Continue(string.Join(\", \", tags));", "return string.Join(\", \", tags);", StringComparison.Ordinal),
            [new("AGEN0011", Agent, "Task<string> Handle(ListGitTags", "Task<string>")]),
        new("AGEN0012", Agent, text => text
                .Replace("Handle(Approved<DeployBackend> step", "Handle(DeployBackend step", StringComparison.Ordinal)
                .Replace("step.Call.", "step.", StringComparison.Ordinal),
            [new("AGEN0012", Agent, "Handle(DeployBackend step", "DeployBackend")]),
        new("AGEN0013", Program, Replace(
                "static void PrintFrom(int start, AgentThread thread)",
                "static string Describe(IDeployStep step) => step switch { ListGitTags => \"list\", DeployBackend => \"deploy\", _ => \"other\" };\n\nstatic void PrintFrom(int start, AgentThread thread)"),
            [new("AGEN0013", Program, "_ => \"other\"", "_")]),
        new("AGEN0014", Program, Replace(
                "// The scripted model goes on from the thread's next step; a real model reads the thread itself.\n",
                "// The scripted model goes on from the thread's next step; a real model reads the thread itself.\nAgentThread thread = stored.Thread;\nwhile (!thread.Events.IsEmpty)\n{\n    thread = await new DeployAgent(ScriptedDeploy.From(0), new FakeGit(), deployer).StepAsync(thread);\n}\n\n"),
            [new("AGEN0014", Program, "while (!thread.Events.IsEmpty)", "while")]),
        new("AGEN0015", Agent, Replace(
                "        var tags = await git.ListTagsAsync(step.Limit, cancellationToken).ConfigureAwait(false);\n        return StepOutcome.Continue(string.Join(\", \", tags));",
                "        try\n        {\n            var tags = await git.ListTagsAsync(step.Limit, cancellationToken).ConfigureAwait(false);\n            return StepOutcome.Continue(string.Join(\", \", tags));\n        }\n        catch (System.Exception)\n        {\n        }\n\n        return StepOutcome.Continue(\"no tags\");"),
            [new("AGEN0015", Agent, "catch (System.Exception)")]),
        new("AGEN0016", Program, Replace("new DeployAgent(realModel ?? ScriptedDeploy.From(stored.Thread.StepCount), ", "new DeployAgent(new ChatClientBuilder(realModel ?? ScriptedDeploy.From(stored.Thread.StepCount)).UseFunctionInvocation().Build(), "),
            [new("AGEN0016", Program, ".UseFunctionInvocation()", "UseFunctionInvocation")]),
        new("AGEN0017", Agent, Replace(
                "        var tags = await git.ListTagsAsync(",
                "        string? note = System.Console.ReadLine();\n        var tags = await git.ListTagsAsync("),
            [new("AGEN0017", Agent, "System.Console.ReadLine()")]),
        new("AGEN0018", Agent, Replace(
                "        string id = await deployer.DeployAsync(\"frontend\"",
                "        _ = deployer.DeployAsync(\"frontend\", step.Tag, step.Environment, cancellationToken);\n        string id = await deployer.DeployAsync(\"frontend\""),
            [new("AGEN0018", Agent, "deployer.DeployAsync(\"frontend\", step.Tag, step.Environment, cancellationToken);")]),
        new("AGEN0020", Agent, Replace("IDeployer deployer)\n{\n", "IDeployer deployer)\n{\n    private int _deploys;\n\n"),
            [new("AGEN0020", Agent, "int _deploys;", "_deploys")]),
        new("AGEN0030", Agent, Replace("        {{thread}}\n", "        {{thread}} {{git_tags}}\n"),
            [new("AGEN0030", Agent, "\"\"\"\n        You are a careful")]),
        new("AGEN0031", Agent, Replace("DetermineNextStep(AgentThread thread, CancellationToken", "DetermineNextStep(AgentThread thread, string environment, CancellationToken"),
            [new("AGEN0031", Agent, "string environment,", "environment")]),
        new("AGEN0032", Agent, text => Regex.Replace(text, "\\[Step\\(\"\"\"[\\s\\S]*?\"\"\"\\)\\]", "[Step(PromptFile = \"Prompts/next_step.md\")]"),
            [new("AGEN0032", Agent, "\"Prompts/next_step.md\"")]),
        new("AGEN0040", Agent, text => text,
            [new("AGEN0040", Agent, "class DeployAgent(", "DeployAgent")],
            new Dictionary<string, string>(StringComparer.Ordinal) { ["agentgen.max_tools_per_agent"] = "4" }),
        new("AGEN0041", Agent, Replace("[Agent(MaxSteps = 12,", "[Agent(MaxSteps = 40,"),
            [new("AGEN0041", Agent, "MaxSteps = 40")]),
    ];

    private static Func<string, string> Replace(string find, string replacement) => text =>
    {
        int at = text.IndexOf(find, StringComparison.Ordinal);
        if (at < 0 || text.IndexOf(find, at + 1, StringComparison.Ordinal) >= 0)
        {
            throw new InvalidOperationException($"The sample no longer contains '{find}' exactly once: update the breakage.");
        }

        return text.Substring(0, at) + replacement + text.Substring(at + find.Length);
    };
}
