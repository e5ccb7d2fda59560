namespace AgentGen;

/// <summary>How the generator turns C# member names into JSON names.</summary>
public enum JsonNaming
{
    /// <summary><c>ListGitTags</c> becomes <c>list_git_tags</c> (the default).</summary>
    SnakeCaseLower = 0,

    /// <summary><c>ListGitTags</c> becomes <c>listGitTags</c>.</summary>
    CamelCase = 1,

    /// <summary>The C# name is used as written.</summary>
    AsDeclared = 2,

    /// <summary><c>ListGitTags</c> becomes <c>list-git-tags</c>.</summary>
    KebabCaseLower = 3,
}
