using System.Collections.Generic;
using System.Linq;
using System.Text;

namespace AgentGen.Analyzers.Tests.LargeSolution;

/// <summary>
/// Writes one domain's tools and the types they use. The tools vary by position: positional records documented with
/// XML comments, positional records with <c>[Description]</c>, records with init-only and required properties, and
/// classes with settable properties; properties of strings, numbers, enums, nullable values, lists, arrays,
/// dictionaries, nested records and classes, dates and ids, some with defaults, ranges or JSON names.
/// </summary>
internal static class SyntheticTools
{
    private static readonly string[] s_verbs = ["List", "Get", "Create", "Update", "Search", "Count", "Export"];

    private static readonly string[] s_nouns =
        ["Records", "Items", "Reports", "Entries", "Tickets", "Orders", "Accounts", "Notes", "Tasks", "Documents", "Requests", "Events"];

    private const int PropertyKinds = 20;

    /// <summary>The domain's ten tools, in union order: seven handled, then approval, human input and terminal.</summary>
    public static IReadOnlyList<SyntheticTool> Plan(SyntheticDomain domain)
    {
        var tools = new List<SyntheticTool>(SyntheticShape.ToolsPerAgent);
        for (int j = 0; j < s_verbs.Length; j++)
        {
            int index = (domain.Index * SyntheticShape.ToolsPerAgent) + j;
            string name = s_verbs[j] + domain.Name + s_nouns[(domain.Index + (j * 5)) % s_nouns.Length];
            int count = 2 + (index % 5);
            IEnumerable<SyntheticProperty> properties = Enumerable.Range(0, count)
                .Select(m => Property(domain, ((index * 3) + (m * 7)) % PropertyKinds, index));
            tools.Add(new SyntheticTool(name, SyntheticToolRole.Handled, index, SyntheticProperty.RequiredFirst(properties).ToList()));
        }

        int first = domain.Index * SyntheticShape.ToolsPerAgent;
        tools.Add(new SyntheticTool(
            "Delete" + domain.Name + s_nouns[domain.Index % s_nouns.Length],
            SyntheticToolRole.RequiresApproval,
            first + 7,
            [Property(domain, 11, first + 7), new("Reason", "string", null, "Why it must go, for the person who approves")]));
        tools.Add(new SyntheticTool(
            "Request" + domain.Name + "Details",
            SyntheticToolRole.HumanInput,
            first + 8,
            [new("Question", "string", null, "The question for the person"), new("Choices", "List<string>?", "null", "Answers to offer, if any")]));
        tools.Add(new SyntheticTool(
            "Finish" + domain.Name + "Work",
            SyntheticToolRole.Terminal,
            first + 9,
            [new("Summary", "string", null, "What was done, for the person"),
             new("Resolution", domain.Name + "Resolution", domain.Name + "Resolution.Resolved", "How the work ended")]));
        return tools;
    }

    /// <summary>The file of one tool.</summary>
    public static string Tool(SyntheticDomain domain, SyntheticTool tool)
    {
        var text = new StringBuilder();
        text.Append($$"""
            using System;
            using System.Collections.Generic;
            using System.ComponentModel;
            using System.ComponentModel.DataAnnotations;
            using System.Text.Json.Serialization;
            using AgentGen;

            namespace {{domain.Namespace}};


            """);
        string summary = Summary(domain, tool);
        string attributes = "Tool" + (tool.Index % 9 == 4 ? $"(\"{domain.Lower}-lookup-{tool.Index}\")" : string.Empty) + tool.Role switch
        {
            SyntheticToolRole.RequiresApproval => ", RequiresApproval",
            SyntheticToolRole.HumanInput => ", HumanInput",
            SyntheticToolRole.Terminal => ", Terminal",
            _ => string.Empty,
        };

        switch (tool.Index % 4)
        {
            case 0:
                // Positional, described by XML documentation.
                text.Append($"/// <summary>{summary}</summary>\n");
                foreach (SyntheticProperty property in tool.Properties)
                {
                    text.Append($"/// <param name=\"{property.Name}\">{property.Description}.</param>\n");
                }

                text.Append($"[{attributes}]\n");
                text.Append($"public sealed partial record {tool.TypeName}(\n");
                text.Append(string.Join(",\n", tool.Properties.Select((p, i) => "    " + Constraint(p, tool, i, "property: ") + p.Type + " " + p.Name + Default(p))));
                text.Append($") : {domain.Union};\n");
                break;

            case 1:
                // Positional, described by [Description] on the type and on each property or parameter.
                text.Append($"[{attributes}, Description(\"{summary}\")]\n");
                text.Append($"public sealed partial record {tool.TypeName}(\n");
                text.Append(string.Join(",\n", tool.Properties.Select((p, i) =>
                    "    " + (i % 2 == 0 ? "[property: " : "[") + $"Description(\"{p.Description}\")] " +
                    Constraint(p, tool, i, "property: ") + p.Type + " " + p.Name + Default(p))));
                text.Append($") : {domain.Union};\n");
                break;

            case 2:
                // Init-only and required properties, each with its own documentation.
                text.Append($"/// <summary>{summary}</summary>\n[{attributes}]\n");
                text.Append($"public sealed partial record {tool.TypeName} : {domain.Union}\n{{\n");
                AppendProperties(text, tool, "init", documented: true);
                text.Append("}\n");
                break;

            default:
                // A class with settable properties described by [Description].
                text.Append($"[{attributes}]\n[Description(\"{summary}\")]\n");
                text.Append($"public sealed partial class {tool.TypeName} : {domain.Union}\n{{\n");
                AppendProperties(text, tool, "set", documented: false);
                text.Append("}\n");
                break;
        }

        return text.ToString();
    }

    /// <summary>The enums, nested records and classes the domain's tools use, and the service its agent is given.</summary>
    public static string DomainTypes(SyntheticDomain domain) => $$"""
        using System;
        using System.Collections.Concurrent;
        using System.Collections.Generic;
        using System.Linq;
        using System.Text.Json.Serialization;
        using System.Threading;
        using System.Threading.Tasks;

        namespace {{domain.Namespace}};

        /// <summary>How urgent a piece of {{domain.Lower}} work is.</summary>
        public enum {{domain.Name}}Priority { Low, Normal, High, Urgent }

        /// <summary>Where {{domain.Lower}} work happens.</summary>
        public enum {{domain.Name}}Region
        {
            Europe,
            [JsonStringEnumMemberName("north-america")] NorthAmerica,
            Asia,
        }

        /// <summary>How {{domain.Lower}} work ended.</summary>
        public enum {{domain.Name}}Resolution { Resolved, Escalated, Abandoned }

        /// <summary>A postal address.</summary>
        /// <param name="Street">Street and number.</param>
        /// <param name="City">The city.</param>
        /// <param name="PostalCode">The postal code, when known.</param>
        public sealed record {{domain.Name}}Address(string Street, string City, string? PostalCode = null);

        /// <summary>One line of an order or a report.</summary>
        public sealed record {{domain.Name}}LineItem(string Sku, int Quantity, decimal UnitPrice)
        {
            /// <summary>The line's total.</summary>
            [JsonIgnore]
            public decimal Total => Quantity * UnitPrice;
        }

        /// <summary>Someone to notify.</summary>
        public sealed class {{domain.Name}}Contact
        {
            /// <summary>Their name.</summary>
            public required string Name { get; set; }

            /// <summary>Their e-mail address, when known.</summary>
            public string? Email { get; set; }
        }

        /// <summary>What the {{domain.Lower}} agent may do to the world.</summary>
        public interface {{domain.Service}}
        {
            Task<IReadOnlyList<string>> FindAsync(string query, int limit, CancellationToken cancellationToken);

            Task<string> SaveAsync(string name, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken);

            Task DeleteAsync(Guid reference, CancellationToken cancellationToken);
        }

        /// <summary>An in-memory {{domain.Lower}} store: ordinary mutable code, not an agent.</summary>
        public sealed class InMemory{{domain.Name}}Service : {{domain.Service}}
        {
            private readonly ConcurrentDictionary<string, IReadOnlyDictionary<string, string>> _items = new(StringComparer.Ordinal);
            private int _saves;

            public int Saves => _saves;

            public Task<IReadOnlyList<string>> FindAsync(string query, int limit, CancellationToken cancellationToken)
            {
                cancellationToken.ThrowIfCancellationRequested();
                IReadOnlyList<string> found = _items.Keys
                    .Where(k => k.Contains(query, StringComparison.OrdinalIgnoreCase))
                    .OrderBy(k => k, StringComparer.Ordinal)
                    .Take(limit)
                    .ToList();
                return Task.FromResult(found);
            }

            public Task<string> SaveAsync(string name, IReadOnlyDictionary<string, string> values, CancellationToken cancellationToken)
            {
                _items[name] = values;
                Interlocked.Increment(ref _saves);
                return Task.FromResult(name + "#" + _saves);
            }

            public Task DeleteAsync(Guid reference, CancellationToken cancellationToken)
            {
                _items.TryRemove(reference.ToString("N"), out _);
                return Task.CompletedTask;
            }
        }
        """;

    private static SyntheticProperty Property(SyntheticDomain domain, int kind, int toolIndex)
    {
        string d = domain.Name;
        return kind switch
        {
            0 => new("Query", "string", null, "What to look for"),
            1 => new("Limit", "int", "10", "How many results at most"),
            2 => new("Priority", d + "Priority", null, "How urgent it is"),
            3 => new("Owner", "string?", "null", "Who owns it, if anyone"),
            4 => new("MaxResults", "int?", null, "A cap on the results, or null for the default"),
            5 => new("Tags", "List<string>", null, "Labels to attach"),
            6 => new("Address", d + "Address", null, "Where it happens"),
            7 => new("Items", "List<" + d + "LineItem>", null, "The lines"),
            8 => new("Due", "DateTimeOffset?", null, "When it is due"),
            9 => new("DryRun", "bool", "false", "Only say what would happen"),
            10 => new("Amount", "decimal", null, "The amount, in euros"),
            11 => new("Reference", "Guid", null, "The record's id"),
            12 => new("Attributes", "Dictionary<string, string>", null, "Extra key-value attributes"),
            13 => new("Score", "double?", toolIndex % 2 == 0 ? "0.5" : null, "A minimum relevance score"),
            14 => new("Codes", "string[]", null, "Codes to match"),
            15 => new("Region", d + "Region?", "null", "The region, or null for all"),
            16 => new("Window", "TimeSpan", null, "How far back to look"),
            17 => new("Day", "DateOnly", null, "The day it concerns"),
            18 => new("Contact", d + "Contact?", null, "Who to notify"),
            _ => new("Notes", "IReadOnlyList<string>", null, "Free-form notes"),
        };
    }

    private static void AppendProperties(StringBuilder text, SyntheticTool tool, string accessor, bool documented)
    {
        for (int i = 0; i < tool.Properties.Count; i++)
        {
            SyntheticProperty property = tool.Properties[i];
            if (i > 0)
            {
                text.Append('\n');
            }

            text.Append(documented
                ? $"    /// <summary>{property.Description}.</summary>\n"
                : $"    [Description(\"{property.Description}\")]\n");
            string constraint = Constraint(property, tool, i, "");
            if (constraint.Length > 0)
            {
                text.Append("    ").Append(constraint.TrimEnd()).Append('\n');
            }

            bool required = !property.IsOptional && !property.Type.EndsWith('?');
            text.Append("    public ").Append(required ? "required " : string.Empty).Append(property.Type).Append(' ').Append(property.Name)
                .Append(" { get; ").Append(accessor).Append("; }")
                .Append(property.IsOptional && property.Default != "null" ? " = " + property.Default + ";" : string.Empty)
                .Append('\n');
        }
    }

    /// <summary>A range on some numbers, a JSON name on some first properties: attribute text ending with a space, or nothing.</summary>
    private static string Constraint(SyntheticProperty property, SyntheticTool tool, int position, string target)
    {
        if (property.Name == "Limit" && tool.Index % 2 == 0)
        {
            return "[Range(1, 100)] ";
        }

        if (position == 0 && tool.Index % 11 == 3)
        {
            return $"[{target}JsonPropertyName(\"{property.Name.ToLowerInvariant()}_value\")] ";
        }

        return string.Empty;
    }

    private static string Default(SyntheticProperty property) => property.IsOptional ? " = " + property.Default : string.Empty;

    private static string Summary(SyntheticDomain domain, SyntheticTool tool) => tool.Role switch
    {
        SyntheticToolRole.RequiresApproval => $"Delete a {domain.Lower} record for good. A person approves it first.",
        SyntheticToolRole.HumanInput => $"Ask the person for a {domain.Lower} detail you need to go on.",
        SyntheticToolRole.Terminal => $"Say that the {domain.Lower} work is finished.",
        _ => $"{Words(tool.TypeName)} in the {domain.Lower} system.",
    };

    private static string Words(string pascal)
    {
        var words = new StringBuilder();
        foreach (char c in pascal)
        {
            if (char.IsUpper(c) && words.Length > 0)
            {
                words.Append(' ');
            }

            words.Append(words.Length == 0 ? c : char.ToLowerInvariant(c));
        }

        return words.ToString();
    }
}
