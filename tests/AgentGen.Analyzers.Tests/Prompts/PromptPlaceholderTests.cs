using System.Threading.Tasks;
using AgentGen.Analyzers.Prompts;
using AgentGen.Analyzers.Tests.ControlFlow;

namespace AgentGen.Analyzers.Tests.Prompts;

public sealed class PromptPlaceholderTests
{
    [Fact]
    public Task A_misspelt_placeholder_fires_at_the_prompt_argument_and_leaves_its_parameter_unused() => Verify<PromptAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools("""
        [Agent]
        public sealed partial class DeployAgent
        {
            [Step({|AGEN0030:{|AGEN0030:"Tags: {{git_tag}}. Env: {{ environment_name }}. {{thread}}"|}|})]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, string[] {|AGEN0031:gitTags|}, string {|AGEN0031:environment|}, CancellationToken cancellationToken = default);
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, string[] gitTags, string environment, CancellationToken cancellationToken) => throw new NotImplementedException();
        }
        """));

    [Fact]
    public Task Unknown_placeholder_in_a_raw_prompt_fires_once_per_name() => Verify<PromptAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools(""""
        [Agent]
        public sealed partial class DeployAgent
        {
            [Step({|AGEN0030:"""
                Pick the next step.
                {{history}} and again {{history}}
                """|})]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread {|AGEN0031:thread|}, CancellationToken cancellationToken = default);
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, CancellationToken cancellationToken) => throw new NotImplementedException();
        }
        """"));

    [Fact]
    public Task Placeholders_match_by_name_snake_case_name_or_thread() => Verify<PromptAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools(""""
        [Agent]
        public sealed partial class DeployAgent
        {
            [Step("""
                Tags: {{git_tags}}. Environment: {{ environment }}. Owner: {{ownerName}}.
                {{thread}}
                """)]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread history, string[] gitTags, string environment, string ownerName, CancellationToken cancellationToken = default);
            public partial Task<IDeployStep> DetermineNextStep(AgentThread history, string[] gitTags, string environment, string ownerName, CancellationToken cancellationToken) => throw new NotImplementedException();
        }

        public sealed class NotAnAgent
        {
            [Step("{{nothing}}")]
            public Task<IDeployStep> Next(string unused) => throw new NotImplementedException();
        }
        """"));
}
