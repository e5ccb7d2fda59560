namespace AgentGen.Generators;

/// <summary>Names of the tracked pipeline steps, so tests can assert what was cached.</summary>
internal static class TrackingNames
{
    public const string LanguageSupport = nameof(LanguageSupport);
    public const string ToolModels = nameof(ToolModels);
    public const string SupportedToolModels = nameof(SupportedToolModels);
}
