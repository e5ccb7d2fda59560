using System.Threading.Tasks;
using AgentGen.Analyzers.CodeFixes.ToolShape;
using AgentGen.Analyzers.ToolShape;

namespace AgentGen.Analyzers.Tests.ToolShape;

public sealed class MissingDescriptionTests
{
    [Fact]
    public Task Fires_on_an_undocumented_tool_and_each_undocumented_property() => Verify<ToolDeclarationAnalyzer>.AnalyzerAsync("""
        using System.ComponentModel;
        using AgentGen;

        [Tool] public sealed partial record {|AGEN0006:DeployBackend|}(string {|AGEN0006:Tag|}, [property: Description("Where to.")] string Environment)
        {
            public string? {|AGEN0006:Reason|} { get; init; }
        }
        """);

    [Fact]
    public Task Fires_on_a_blank_summary_or_a_param_for_another_parameter() => Verify<ToolDeclarationAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        /// <summary>   </summary>
        /// <param name="Environment">Where to.</param>
        [Tool] public sealed partial record {|AGEN0006:DeployBackend|}(string {|AGEN0006:Tag|}, string Environment);
        """);

    [Fact]
    public Task Does_not_fire_when_every_description_source_is_used() => Verify<ToolDeclarationAnalyzer>.AnalyzerAsync("""
        using System.ComponentModel;
        using AgentGen;

        /// <summary>Deploy one tag of the backend.</summary>
        /// <param name="Tag">The git tag.</param>
        [Tool] public sealed partial record DeployBackend(string Tag, [Description("Where to.")] string Environment, [property: Description("Why.")] string? Reason = null)
        {
            /// <summary>How many replicas.</summary>
            public int Replicas { get; init; } = 1;

            [Description("Whether to wait.")] public bool Wait { get; set; }

            public string Summary => Tag;
        }

        [Tool, Description("List the tags.")] public sealed partial class ListGitTags
        {
            [Description("How many.")] public int Limit { get; set; }
        }
        """);

    [Fact]
    public Task Fix_adds_a_summary_stub_above_the_attributes() => Verify<ToolDeclarationAnalyzer>.CodeFixAsync<AddDescriptionStubCodeFix>("""
        using System.ComponentModel;
        using AgentGen;

        namespace Deploy
        {
            [Tool]
            public sealed partial record {|AGEN0006:ListGitTags|}([property: Description("How many.")] int Limit = 10);
        }
        """, """
        using System.ComponentModel;
        using AgentGen;

        namespace Deploy
        {
            /// <summary>Describe what this tool does for the model.</summary>
            [Tool]
            public sealed partial record ListGitTags([property: Description("How many.")] int Limit = 10);
        }
        """);

    [Fact]
    public Task Fix_all_adds_summary_params_and_property_summaries_keeping_existing_docs() => Verify<ToolDeclarationAnalyzer>.CodeFixAsync<AddDescriptionStubCodeFix>("""
        using AgentGen;

        [Tool] public sealed partial record {|AGEN0006:DeployBackend|}(string {|AGEN0006:Tag|}, string {|AGEN0006:Environment|})
        {
            public string? {|AGEN0006:Reason|} { get; init; }
        }

        /// <summary>List the tags.</summary>
        [Tool] public sealed partial record ListGitTags(int {|AGEN0006:Limit|});
        """, """
        using AgentGen;

        /// <summary>Describe what this tool does for the model.</summary>
        /// <param name="Tag">Describe Tag for the model.</param>
        /// <param name="Environment">Describe Environment for the model.</param>
        [Tool] public sealed partial record DeployBackend(string Tag, string Environment)
        {
            /// <summary>Describe Reason for the model.</summary>
            public string? Reason { get; init; }
        }

        /// <summary>List the tags.</summary>
        /// <param name="Limit">Describe Limit for the model.</param>
        [Tool] public sealed partial record ListGitTags(int Limit);
        """);
}
