using System.Collections.Immutable;
using AgentGen.Generated;

namespace AgentGen.Tests.Threads;

/// <summary>The generated registry of this assembly's tools.</summary>
public class ToolRegistryTests
{
    [Fact]
    public void A_known_tool_is_read_by_name()
    {
        bool read = ToolRegistry.Instance.TryRead("thread_deploy", """{"tag":"v1","stage":"staging"}"""u8, out ITool? tool, out ImmutableArray<ToolReadError> errors);

        Assert.True(read);
        Assert.Equal(new ThreadDeploy("v1", ThreadStage.Staging), tool);
        Assert.Empty(errors);
    }

    [Fact]
    public void A_known_tool_with_bad_arguments_says_why()
    {
        bool read = ToolRegistry.Instance.TryRead("thread_deploy", """{"tag":"v1","stage":"moon"}"""u8, out ITool? tool, out ImmutableArray<ToolReadError> errors);

        Assert.False(read);
        Assert.Null(tool);
        Assert.Equal(ToolReadErrorKind.UnknownEnumValue, Assert.Single(errors).Kind);
    }

    [Fact]
    public void An_unknown_name_gives_no_tool_and_no_errors()
    {
        bool read = ToolRegistry.Instance.TryRead("ThreadDeploy", """{"tag":"v1","stage":"staging"}"""u8, out ITool? tool, out ImmutableArray<ToolReadError> errors);

        Assert.False(read);
        Assert.Null(tool);
        Assert.Empty(errors);
    }
}
