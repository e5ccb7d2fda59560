namespace AgentGen.Generators;

/// <summary>Names of the tracked pipeline steps, so tests can assert what was cached.</summary>
internal static class TrackingNames
{
    public const string LanguageSupport = nameof(LanguageSupport);
    public const string ToolModels = nameof(ToolModels);
    public const string SupportedToolModels = nameof(SupportedToolModels);
    public const string UnionDeclarations = nameof(UnionDeclarations);
    public const string AllTools = nameof(AllTools);
    public const string UnionModels = nameof(UnionModels);
    public const string AgentDeclarations = nameof(AgentDeclarations);
    public const string AgentModels = nameof(AgentModels);
    public const string PromptFiles = nameof(PromptFiles);
    public const string ToolRegistry = nameof(ToolRegistry);
}
