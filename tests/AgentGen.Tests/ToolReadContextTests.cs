using System.Linq;
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

    [Fact]
    public void A_fresh_context_has_no_errors_and_sits_at_the_root()
    {
        var context = new ToolReadContext(null);

        Assert.False(context.HasErrors);
        Assert.Equal(0, context.ErrorCount);
        Assert.Empty(context.GetErrors());
        Assert.Equal("$", context.CurrentPath(null));
        Assert.Same(ToolReadOptions.Default, context.Options);
    }

    [Fact]
    public void Leaving_a_property_returns_to_its_parent()
    {
        var context = new ToolReadContext(null);
        context.Enter("owner");
        context.Enter("email");
        context.Exit();
        context.Enter("name");
        context.AddError(ToolReadErrorKind.WrongType, "string", "null");
        context.Exit();
        context.Exit();
        context.AddError(ToolReadErrorKind.WrongType, "object", "array");

        Assert.Equal(["$.owner.name", "$"], context.GetErrors().Select(e => e.Path));
        Assert.Equal(0, context.Depth);
    }

    [Theory]
    [InlineData("on call", "$['on call']")]
    [InlineData("it's", "$['it\\'s']")]
    [InlineData("a.b", "$['a.b']")]
    [InlineData("max-results", "$.max-results")]
    [InlineData("snake_case", "$.snake_case")]
    [InlineData("", "$['']")]
    public void Names_that_are_not_identifiers_are_bracketed(string name, string path)
    {
        var context = new ToolReadContext(null);
        context.Enter(name);

        Assert.Equal(path, context.CurrentPath(null));
    }

    [Fact]
    public void A_missing_property_is_reported_at_the_child_path()
    {
        var context = new ToolReadContext(null);
        context.Enter("watchers");
        context.Enter(1);
        context.AddMissing("name", "string");

        ToolReadError error = Assert.Single(context.GetErrors());
        Assert.Equal(ToolReadErrorKind.MissingProperty, error.Kind);
        Assert.Equal("$.watchers[1].name", error.Path);
        Assert.Equal("$.watchers[1].name: missing required property (expected string)", error.Message);
    }

    [Fact]
    public void Unknown_properties_are_recorded_only_when_disallowed()
    {
        var lenient = new ToolReadContext(null);
        lenient.AddUnknownProperty("extra", "query, limit");
        Assert.False(lenient.HasErrors);

        var strict = new ToolReadContext(new ToolReadOptions { DisallowUnknownProperties = true });
        strict.AddUnknownProperty("extra", "query, limit", offset: 12);
        ToolReadError error = Assert.Single(strict.GetErrors());
        Assert.Equal(ToolReadErrorKind.UnknownProperty, error.Kind);
        Assert.Equal("$.extra", error.Path);
        Assert.Equal("one of query, limit", error.Expected);
        Assert.Equal(12, error.Offset);
    }

    [Fact]
    public void Paths_deeper_than_the_inline_limit_are_elided_but_keep_their_start()
    {
        var context = new ToolReadContext(null);
        for (int i = 0; i < 20; i++)
        {
            context.Enter(i);
        }

        context.AddError(ToolReadErrorKind.WrongType, "integer", "string \"x\"");
        for (int i = 0; i < 20; i++)
        {
            context.Exit();
        }

        context.Enter("after");
        context.AddError(ToolReadErrorKind.WrongType, "integer", "null");

        string deep = context.GetErrors()[0].Path;
        Assert.StartsWith("$[0][1][2]", deep, System.StringComparison.Ordinal);
        Assert.EndsWith("[15]...", deep, System.StringComparison.Ordinal);
        Assert.Equal("$.after", context.GetErrors()[1].Path);
    }

    [Fact]
    public void Errors_accumulate_in_order_and_are_counted()
    {
        var context = new ToolReadContext(null);
        context.AddError(ToolReadErrorKind.MalformedJson, "well-formed JSON", "'}' is invalid", offset: 7);
        context.Enter("limit");
        context.AddError(ToolReadErrorKind.InvalidValue, "number between 1 and 50", "number 500");

        Assert.True(context.HasErrors);
        Assert.Equal(2, context.ErrorCount);
        Assert.Equal([ToolReadErrorKind.MalformedJson, ToolReadErrorKind.InvalidValue], context.GetErrors().Select(e => e.Kind));
        Assert.Equal("$: '}' is invalid at offset 7 (expected well-formed JSON)", context.GetErrors()[0].Message);
    }
}
