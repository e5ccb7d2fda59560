using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ToolShape;

public sealed class UnsupportedPropertyTypeTests
{
    [Fact]
    public Task Fires_on_each_positional_parameter_without_a_schema() => ShapeVerify.AnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using System.IO;
        using AgentGen;

        [Tool] public sealed partial record Upload(
            object {|AGEN0003:Payload|},
            dynamic {|AGEN0003:Extra|},
            Func<int> {|AGEN0003:Callback|},
            Stream {|AGEN0003:Content|},
            char {|AGEN0003:Separator|},
            int[,] {|AGEN0003:Grid|},
            Dictionary<int, string> {|AGEN0003:ById|},
            ISet<string> {|AGEN0003:Tags|},
            List<object> {|AGEN0003:Items|},
            string Name);
        """);

    [Fact]
    public Task Fires_on_a_settable_property_and_a_pointer() => ShapeVerify.AnalyzerAsync("""
        using System;
        using AgentGen;

        [Tool] public sealed unsafe partial class Poke
        {
            public int* {|AGEN0003:Address|} { get; set; }

            public IDisposable? {|AGEN0003:Handle|} { get; init; }

            public Guid Id { get; set; }
        }
        """);

    [Fact]
    public Task Fires_inside_a_nested_record_at_the_nested_property() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [Tool] public sealed partial record Deploy(Target Target, int Replicas);

        public sealed record Target(string Host, object {|AGEN0003:Options|});
        """);

    [Fact]
    public Task Fires_on_a_recursive_type_where_the_cycle_closes() => ShapeVerify.AnalyzerAsync(
        """
        using System.Collections.Generic;
        using AgentGen;

        [Tool] public sealed partial record SaveTree(Node Root);

        public sealed record Node(string Name, List<Node> {|#0:Children|});
        """,
        new DiagnosticResult(Descriptors.UnsupportedPropertyType).WithLocation(0).WithArguments("Children", "Node", "List<Node>"));

    [Fact]
    public Task Does_not_fire_on_supported_types() => ShapeVerify.AnalyzerAsync("""
        using System;
        using System.Collections.Generic;
        using System.Text.Json.Serialization;
        using AgentGen;

        public enum Environment { Staging, Production }

        public sealed record Target(string Host, int? Port, IReadOnlyList<string> Aliases);

        [Tool] public sealed partial record Deploy(
            string Tag, bool DryRun, byte B, short S, ushort Us, uint Ui, long L, ulong Ul, float F, double D, decimal M,
            DateTime At, DateTimeOffset AtOffset, DateOnly Day, TimeOnly Time, TimeSpan Timeout, Guid Id, Uri Link,
            Environment Environment, Environment? Fallback, string[] Tags, List<int> Ports, IEnumerable<string> Names,
            ICollection<long> Ids, IList<double> Weights, IReadOnlyCollection<Guid> Keys,
            Dictionary<string, int> Counts, IDictionary<string, Target> Targets, IReadOnlyDictionary<string, string?> Labels,
            Target Primary, List<Target> Others, string? Reason = null)
        {
            // Not part of the schema: computed, ignored or static.
            public object Computed => Tag;

            [JsonIgnore] public object? Ignored { get; set; }

            public static object? Shared { get; set; }
        }
        """);
}
