using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text;

namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>How big a synthetic solution is.</summary>
/// <param name="Agents">How many agents; each has its own domain, union, tools, services and workflow.</param>
/// <param name="OrdinaryFiles">How many files of ordinary code that has nothing to do with agents.</param>
public sealed record SyntheticShape(int Agents, int OrdinaryFiles)
{
    /// <summary>The solution: 2,000 files, 200 tools, 20 agents, 1,720 files of ordinary code.</summary>
    public static SyntheticShape Full { get; } = new(20, 1720);

    /// <summary>A tenth of it, for checks that need the same kinds of code but not the size.</summary>
    public static SyntheticShape Small { get; } = new(2, 172);

    /// <summary>The tools of each agent's union: seven handled, one needing approval, one asking a person, one ending the run.</summary>
    public const int ToolsPerAgent = 10;

    /// <summary>Files per agent besides its tools: the union, the agent, its domain types and service, and a workflow using it.</summary>
    public const int OtherFilesPerAgent = 4;

    /// <summary>How many <c>[Tool]</c> types.</summary>
    public int Tools => Agents * ToolsPerAgent;

    /// <summary>How many source files in all.</summary>
    public int Files => Agents * (ToolsPerAgent + OtherFilesPerAgent) + OrdinaryFiles;
}

/// <summary>One source file of a synthetic solution.</summary>
/// <param name="Path">Its path, relative, with forward slashes (for example <c>Agents/Billing/BillingAgent.cs</c>).</param>
/// <param name="Text">Its C# text.</param>
public sealed record SyntheticFile(string Path, string Text);

/// <summary>
/// A large, deterministic, correct AgentGen solution: tools with every kind of property and description, next-step
/// unions, agents that handle every member explicitly, code that drives them, and a great deal of ordinary code
/// (services, LINQ, async methods, switches, loops, catch blocks, mutable classes, console I/O, look-alike names)
/// of the kinds that could fool the control-flow rules. Every AgentGen rule must find nothing wrong with it, and it
/// must compile with no errors once the generator has run.
/// </summary>
/// <remarks>
/// The text depends only on the shape: the same shape gives the same files, byte for byte, in the same order.
/// Each agent's domain is one of twenty names; with more than twenty agents the names repeat with a number.
/// </remarks>
public sealed class SyntheticSolution
{
    private static readonly string[] s_domains =
    [
        "Billing", "Shipping", "Inventory", "Support", "Deploy", "Hiring", "Travel", "Calendar", "Security", "Analytics",
        "Marketing", "Payroll", "Compliance", "Facilities", "Research", "Legal", "Procurement", "Training", "Monitoring", "Publishing",
    ];

    private SyntheticSolution(SyntheticShape shape, IReadOnlyList<SyntheticFile> files, IReadOnlyList<string> toolTypes)
    {
        Shape = shape;
        Files = files;
        ToolTypes = toolTypes;
    }

    /// <summary>The shape it was built with.</summary>
    public SyntheticShape Shape { get; }

    /// <summary>Every source file, in a fixed order.</summary>
    public IReadOnlyList<SyntheticFile> Files { get; }

    /// <summary>The <c>global::</c>-qualified name of every <c>[Tool]</c> type, in a fixed order.</summary>
    public IReadOnlyList<string> ToolTypes { get; }

    /// <summary>The namespace of the ordinary code's shared types and the agents' common helpers.</summary>
    internal const string CoreNamespace = "Synthetic.Core";

    /// <summary>Builds the solution.</summary>
    /// <param name="shape">Its size; <see cref="SyntheticShape.Full"/> is the issue's.</param>
    public static SyntheticSolution Create(SyntheticShape shape)
    {
        ArgumentNullException.ThrowIfNull(shape);
        if (shape.Agents < 1 || shape.OrdinaryFiles < SyntheticOrdinaryCode.CoreFileCount)
        {
            throw new ArgumentOutOfRangeException(
                nameof(shape),
                $"A synthetic solution needs at least one agent and {SyntheticOrdinaryCode.CoreFileCount} ordinary files (its shared core); got {shape}.");
        }

        var files = new List<SyntheticFile>(shape.Files);
        var toolTypes = new List<string>(shape.Tools);
        for (int agent = 0; agent < shape.Agents; agent++)
        {
            var domain = new SyntheticDomain(DomainName(agent), agent);
            IReadOnlyList<SyntheticTool> tools = SyntheticTools.Plan(domain);
            files.Add(new SyntheticFile(domain.Folder + "DomainTypes.cs", SyntheticTools.DomainTypes(domain)));
            foreach (SyntheticTool tool in tools)
            {
                files.Add(new SyntheticFile(domain.Folder + "Tools/" + tool.TypeName + ".cs", SyntheticTools.Tool(domain, tool)));
                toolTypes.Add("global::" + domain.Namespace + "." + tool.TypeName);
            }

            files.Add(new SyntheticFile(domain.Folder + domain.Union + ".cs", SyntheticAgents.Union(domain)));
            files.Add(new SyntheticFile(domain.Folder + domain.Agent + ".cs", SyntheticAgents.Agent(domain, tools)));
            files.Add(new SyntheticFile(domain.Folder + domain.Name + "Workflow.cs", SyntheticAgents.Workflow(domain, tools)));
        }

        for (int index = 0; index < shape.OrdinaryFiles; index++)
        {
            files.Add(SyntheticOrdinaryCode.File(index));
        }

        return new SyntheticSolution(shape, files, toolTypes);
    }

    /// <summary>
    /// A <c>JsonSerializerContext</c> with one <c>[JsonSerializable]</c> per tool, named and cased as AgentGen's JSON is
    /// (snake_case, enums as strings): the input of System.Text.Json's source generator for the same records.
    /// </summary>
    public SyntheticFile JsonContext()
    {
        var text = new StringBuilder();
        text.Append("""
            using System.Text.Json;
            using System.Text.Json.Serialization;

            namespace Synthetic.Json;

            [JsonSourceGenerationOptions(PropertyNamingPolicy = JsonKnownNamingPolicy.SnakeCaseLower, UseStringEnumConverter = true)]

            """);
        foreach (string tool in ToolTypes)
        {
            text.Append("[JsonSerializable(typeof(").Append(tool).Append("))]\n");
        }

        text.Append("internal sealed partial class SyntheticJsonContext : JsonSerializerContext;\n");
        return new SyntheticFile("Json/SyntheticJsonContext.cs", text.ToString());
    }

    private static string DomainName(int agent) =>
        agent < s_domains.Length
            ? s_domains[agent]
            : s_domains[agent % s_domains.Length] + (agent / s_domains.Length).ToString(CultureInfo.InvariantCulture);
}

/// <summary>The names one agent's files share.</summary>
/// <param name="Name">The domain, for example <c>Billing</c>.</param>
/// <param name="Index">The agent's position, which varies its code.</param>
internal sealed record SyntheticDomain(string Name, int Index)
{
    public string Namespace => "Synthetic." + Name;

    public string Folder => "Agents/" + Name + "/";

    public string Union => "I" + Name + "Step";

    public string Agent => Name + "Agent";

    public string Service => "I" + Name + "Service";

    public string Lower => Name.ToLowerInvariant();
}

/// <summary>One planned tool: its type name, its role in the union and its properties.</summary>
internal sealed record SyntheticTool(string TypeName, SyntheticToolRole Role, int Index, IReadOnlyList<SyntheticProperty> Properties);

/// <summary>What a tool is to its agent.</summary>
internal enum SyntheticToolRole
{
    Handled,
    RequiresApproval,
    HumanInput,
    Terminal,
}

/// <summary>A tool property: its C# name and type, and a default value (C# text) or null.</summary>
internal sealed record SyntheticProperty(string Name, string Type, string? Default, string Description)
{
    public bool IsOptional => Default is not null;

    public static IEnumerable<SyntheticProperty> RequiredFirst(IEnumerable<SyntheticProperty> properties) =>
        properties.OrderBy(p => p.IsOptional ? 1 : 0);
}
