using System.Threading.Tasks;
using AgentGen.Analyzers.ToolShape;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ToolShape;

public sealed class UnionWithoutTerminalTests
{
    [Fact]
    public Task Fires_on_a_union_whose_members_all_need_handlers() => ShapeVerify.UnionsAsync(
        """
        using AgentGen;

        [NextStep] public partial interface {|#0:IDeployStep|};

        [Tool] public sealed partial record ListGitTags(int Limit) : IDeployStep;

        [Tool, RequiresApproval] public sealed partial record DeployBackend(string Tag) : IDeployStep;
        """,
        new DiagnosticResult(Descriptors.UnionWithoutTerminal).WithLocation(0).WithArguments("IDeployStep"));

    [Fact]
    public Task Fires_when_the_terminal_tool_implements_another_union() => Verify<UnionAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        [NextStep] public partial interface {|AGEN0007:IDeployStep|};

        [NextStep] public partial interface IReviewStep;

        [Tool] public sealed partial record ListGitTags(int Limit) : IDeployStep;

        [Tool, Terminal] public sealed partial record Done(string Message) : IReviewStep;
        """);

    [Fact]
    public Task Does_not_fire_when_a_member_is_terminal_even_through_a_derived_interface() => Verify<UnionAnalyzer>.AnalyzerAsync("""
        using AgentGen;

        [NextStep] public partial interface IDeployStep;

        public interface IFinalStep : IDeployStep;

        [Tool] public sealed partial record ListGitTags(int Limit) : IDeployStep;

        [Tool, Terminal] public sealed partial record DoneForNow(string Message) : IFinalStep;
        """);
}
