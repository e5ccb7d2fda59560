using System.Threading.Tasks;
using AgentGen.Analyzers.CodeFixes.ControlFlow;
using AgentGen.Analyzers.ControlFlow;
using Microsoft.CodeAnalysis.Testing;

namespace AgentGen.Analyzers.Tests.ControlFlow;

public sealed class UnionSwitchTests
{
    [Fact]
    public Task Fires_on_a_switch_statement_that_misses_members() => Verify<UnionSwitchAnalyzer>.AnalyzerAsync(
        AgentSource.WithDeployTools("""
        public static class Describe
        {
            public static string Step(IDeployStep step)
            {
                {|#0:switch|} (step)
                {
                    case ListGitTags tags:
                        return "listing " + tags.Limit;
                    case DeployBackend or DeployFrontend:
                        return "deploying";
                }

                return "?";
            }
        }
        """),
        test => test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.IncompleteUnionSwitch).WithLocation(0)
            .WithArguments("IDeployStep", "'DoneForNow', 'RequestMoreInformation'", string.Empty)));

    // The rule looks at a switch's patterns before binding it: one that names no type at all may still be over a union.
    [Fact]
    public Task Fires_on_a_switch_whose_arms_name_no_type() => Verify<UnionSwitchAnalyzer>.AnalyzerAsync(
        AgentSource.WithDeployTools("""
        public static class Describe
        {
            public static string Step(IDeployStep step) => step switch
            {
                null => "none",
                {|#0:var other|} => other.ToString() ?? "?",
            };
        }
        """),
        test => test.ExpectedDiagnostics.Add(new DiagnosticResult(Descriptors.IncompleteUnionSwitch).WithLocation(0)
            .WithArguments("IDeployStep", "'DeployBackend', 'DeployFrontend', 'DoneForNow', 'ListGitTags', 'RequestMoreInformation'", " (its default arm swallows them)")));

    [Fact]
    public Task Fires_on_a_default_or_discard_arm_that_swallows_members() => Verify<UnionSwitchAnalyzer>.AnalyzerAsync(
        AgentSource.WithDeployTools("""
        public static class Describe
        {
            public static string Step(IDeployStep step) => step switch
            {
                ListGitTags => "listing",
                DeployBackend { Tag: "v1" } => "deploying v1",
                DeployFrontend => "deploying",
                DoneForNow => "done",
                {|#0:_|} => "something else",
            };

            public static string Statement(IDeployStep? step)
            {
                switch (step)
                {
                    case ListGitTags:
                        return "listing";
                    case DeployBackend or DeployFrontend:
                        return "deploying";
                    case null:
                        return "nothing";
                    {|#1:default:|}
                        throw new InvalidOperationException("unexpected");
                }
            }

            public static string Typed(IDeployStep step) => step switch
            {
                ListGitTags => "listing",
                {|#2:ITool tool|} => tool.ToolName,
            };
        }
        """),
        test => test.ExpectedDiagnostics.AddRange(
        [
            new DiagnosticResult(Descriptors.IncompleteUnionSwitch).WithLocation(0)
                .WithArguments("IDeployStep", "'RequestMoreInformation'", " (its default arm swallows it)"),
            new DiagnosticResult(Descriptors.IncompleteUnionSwitch).WithLocation(1)
                .WithArguments("IDeployStep", "'DoneForNow', 'RequestMoreInformation'", " (its default arm swallows them)"),
            new DiagnosticResult(Descriptors.IncompleteUnionSwitch).WithLocation(2)
                .WithArguments("IDeployStep", "'DeployBackend', 'DeployFrontend', 'DoneForNow', 'RequestMoreInformation'", " (its default arm swallows them)"),
        ]));

    [Fact]
    public Task Does_not_fire_when_every_member_has_an_arm_or_on_other_switches() => Verify<UnionSwitchAnalyzer>.AnalyzerAsync(
        AgentSource.WithDeployTools("""
        public static class Describe
        {
            // Every member is named; the discard only catches members added after this was compiled.
            public static string Step(IDeployStep step) => step switch
            {
                ListGitTags tags when tags.Limit > 5 => "many tags",
                ListGitTags => "few tags",
                DeployBackend or DeployFrontend => "deploying",
                RequestMoreInformation { Message: var message } => message,
                DoneForNow done => done.Message,
                _ => throw new ArgumentOutOfRangeException(nameof(step)),
            };

            public static int Statement(IDeployStep step)
            {
                switch (step)
                {
                    case ListGitTags:
                    case DeployBackend:
                    case DeployFrontend:
                        return 1;
                    case RequestMoreInformation:
                    case DoneForNow:
                        return 0;
                    default:
                        throw new ArgumentOutOfRangeException(nameof(step));
                }
            }

            // Not a union: a switch over any other type is not this rule's business.
            public static string Other(ITool tool, object value) => (tool, value) switch
            {
                (ListGitTags, _) => "tags",
                _ => value switch { string s => s, _ => "?" },
            };
        }
        """),
        test => test.TestState.Sources.Add(("Dispatch.g.cs", """
            // <auto-generated/>
            // Generated dispatchers switch over the union with a default arm for members unknown when they were compiled.
            public static class GeneratedDispatch
            {
                public static int Dispatch(IDeployStep step)
                {
                    switch (step)
                    {
                        case ListGitTags:
                            return 1;
                        default:
                            throw new System.ArgumentException("unknown", nameof(step));
                    }
                }
            }
            """)));

    [Fact]
    public Task Fix_adds_a_throwing_arm_per_missing_member_before_the_default() => Verify<UnionSwitchAnalyzer>.CodeFixAsync<AddSwitchArmsCodeFix>(
        AgentSource.WithDeployTools("""
        public static class Describe
        {
            public static string Step(IDeployStep step) => step switch
            {
                ListGitTags => "listing",
                DeployBackend or DeployFrontend => "deploying",
                DoneForNow => "done",
                {|AGEN0013:_|} => "something else",
            };

            public static string Statement(IDeployStep step, string requestMoreInformation)
            {
                {|AGEN0013:switch|} (step)
                {
                    case ListGitTags:
                        return "listing";
                }

                switch (step)
                {
                    case ListGitTags:
                        return "listing";
                    case DeployBackend or DeployFrontend or DoneForNow:
                        return "deploying";
                    {|AGEN0013:default:|}
                        return requestMoreInformation;
                }
            }
        }
        """),
        AgentSource.WithDeployTools("""
        public static class Describe
        {
            public static string Step(IDeployStep step) => step switch
            {
                ListGitTags => "listing",
                DeployBackend or DeployFrontend => "deploying",
                DoneForNow => "done",
                RequestMoreInformation requestMoreInformation => throw new NotImplementedException("RequestMoreInformation is not handled yet"),
                _ => "something else",
            };

            public static string Statement(IDeployStep step, string requestMoreInformation)
            {
                switch (step)
                {
                    case ListGitTags:
                        return "listing";
                    case DeployBackend deployBackend:
                        throw new NotImplementedException("DeployBackend is not handled yet");
                    case DeployFrontend deployFrontend:
                        throw new NotImplementedException("DeployFrontend is not handled yet");
                    case DoneForNow doneForNow:
                        throw new NotImplementedException("DoneForNow is not handled yet");
                    case RequestMoreInformation requestMoreInformation2:
                        throw new NotImplementedException("RequestMoreInformation is not handled yet");
                }

                switch (step)
                {
                    case ListGitTags:
                        return "listing";
                    case DeployBackend or DeployFrontend or DoneForNow:
                        return "deploying";
                    case RequestMoreInformation requestMoreInformation2:
                        throw new NotImplementedException("RequestMoreInformation is not handled yet");
                    default:
                        return requestMoreInformation;
                }
            }
        }
        """));
}
