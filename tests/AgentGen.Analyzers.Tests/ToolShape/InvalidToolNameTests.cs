using System.Threading.Tasks;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ToolShape;

public sealed class InvalidToolNameTests
{
    [Fact]
    public Task Fires_on_an_explicit_name_with_spaces_dots_or_too_many_characters() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [Tool({|AGEN0005:"deploy backend"|})] public sealed partial record DeployBackend(string Tag);

        [Tool({|AGEN0005:"git.tags"|})] public sealed partial record ListGitTags(int Limit = 10);

        [Tool({|AGEN0005:"a_name_that_is_far_too_long_for_any_provider_to_accept_as_a_function_name"|})] public sealed partial record Long(int X);
        """);

    [Fact]
    public Task Fires_on_a_type_name_whose_snake_case_has_non_ascii_letters() => ShapeVerify.AnalyzerAsync(
        """
        using AgentGen;

        [Tool] public sealed partial record {|#0:DéployÉtape|}(string Tag);
        """,
        new DiagnosticResult(Descriptors.InvalidToolName).WithLocation(0).WithArguments("déploy_étape"));

    [Fact]
    public Task Does_not_fire_on_valid_names() => ShapeVerify.AnalyzerAsync("""
        using AgentGen;

        [Tool("deploy-backend_v2")] public sealed partial record DeployBackend(string Tag);

        [Tool] public sealed partial record ListGitTags(int Limit = 10);

        // A blank name falls back to the snake_case type name, as in the generator.
        [Tool(" ")] public sealed partial record RequestMoreInformation(string Question);
        """);
}
