using System.Threading.Tasks;
using AgentGen.Analyzers.Prompts;
using AgentGen.Analyzers.Tests.ControlFlow;

namespace AgentGen.Analyzers.Tests.Prompts;

public sealed class UnusedStepParameterTests
{
    [Fact]
    public Task Fires_on_each_parameter_the_prompt_never_uses() => Verify<PromptAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools("""
        [Agent]
        public sealed partial class DeployAgent
        {
            [Step("Tags: {{git_tags}}.")]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread {|AGEN0031:thread|}, string[] gitTags, string {|AGEN0031:releaseNotes|}, CancellationToken cancellationToken = default);
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, string[] gitTags, string releaseNotes, CancellationToken cancellationToken) => throw new NotImplementedException();

            [Step("Summarize the work.")]
            public partial Task<string> Summarize(AgentThread {|AGEN0031:thread|});
            public partial Task<string> Summarize(AgentThread thread) => throw new NotImplementedException();
        }
        """));

    [Fact]
    public Task Does_not_fire_when_every_parameter_but_the_token_is_used() => Verify<PromptAnalyzer>.AnalyzerAsync(AgentSource.WithDeployTools("""
        [Agent]
        public sealed partial class DeployAgent
        {
            [Step("Tags: {{git_tags}}. Notes: {{releaseNotes}}. {{thread}}")]
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, string[] gitTags, string releaseNotes, CancellationToken cancellationToken = default);
            public partial Task<IDeployStep> DetermineNextStep(AgentThread thread, string[] gitTags, string releaseNotes, CancellationToken cancellationToken) => throw new NotImplementedException();
        }
        """));
}
