using AgentGen.Serialization;

namespace AgentGen.Tests;

public sealed class ToolReadContextTests
{
    [Fact]
    public void Path_names_properties_and_indices()
    {
        var context = new ToolReadContext(null);
        context.Enter("tags");
        context.Enter(2);
        context.AddError(ToolReadErrorKind.WrongType, "string", "number 3");

        var error = Assert.Single(context.GetErrors());
        Assert.Equal("$.tags[2]", error.Path);
        Assert.Equal("$.tags[2]: expected string, found number 3", error.Message);
    }
}
