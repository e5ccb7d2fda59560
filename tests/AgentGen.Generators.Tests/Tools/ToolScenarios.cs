using System.Collections.Generic;

namespace AgentGen.Generators.Tests.Tools;

/// <summary>
/// The user code of every tool snapshot scenario. <see cref="ToolSnapshotTests"/> snapshots what each one generates;
/// the robustness tests break each one apart.
/// </summary>
internal static class ToolScenarios
{
    public const string Primitives = """
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record SetLimits(
            sbyte Offset, byte Priority, short Delta, ushort Port,
            int Count, uint Quota, long Bytes, ulong Budget,
            float Ratio, double Threshold, decimal Price,
            bool DryRun, string Label);
        """;

    public const string Enums = """
        using System.Text.Json.Serialization;
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record ScheduleBuild(
            BuildKind Kind,
            Platform? Platform,
            Verbosity Verbosity = Verbosity.Normal);

        public enum BuildKind { Debug, Release, ReleaseWithSymbols }

        public enum Platform
        {
            [JsonStringEnumMemberName("x64")] X64,
            [JsonStringEnumMemberName("arm64")] Arm64,
            WebAssembly,
        }

        public enum Verbosity { Quiet, Normal, Detailed }
        """;

    public const string Nullability = """
        using System;
        using System.Collections.Generic;
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record UpdateTicket(
            string Title,
            string? Assignee,
            int? Points,
            bool? Urgent,
            DateTimeOffset? Due,
            List<string>? Labels,
            Link? Parent);

        public sealed record Link(string Url, string? Title);
        """;

    /// <summary>[Sensitive] on a positional parameter, through property:, on an init property and in a nested record.</summary>
    public const string Sensitive = """
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record RotateCredentials(
            string Service,
            [property: Sensitive] string ApiKey,
            [Sensitive] string? Password,
            Vault Vault)
        {
            [Sensitive]
            public string? RecoveryCode { get; init; }
        }

        public sealed record Vault(string Name, [property: Sensitive] string Token);
        """;

    public const string Collections = """
        using System.Collections.Generic;
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record TagImages(
            string[] Images,
            List<int> Sizes,
            IReadOnlyList<string> Tags,
            List<List<int>> Grid,
            List<string?> Aliases,
            int?[] Scores,
            IEnumerable<string> Sources,
            IList<double> Weights,
            ICollection<bool> Flags,
            IReadOnlyCollection<long> Ids);
        """;

    public const string Dictionaries = """
        using System.Collections.Generic;
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record SetEnvironment(
            Dictionary<string, string> Variables,
            IDictionary<string, int> Limits,
            IReadOnlyDictionary<string, List<string>> Groups,
            Dictionary<string, string?> Overrides,
            Dictionary<string, Endpoint> Endpoints);

        public sealed record Endpoint(string Host, int Port);
        """;

    public const string NestedObjects = """
        using System.Collections.Generic;
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record CreateShipment(
            Address From,
            Address To,
            List<Parcel> Parcels,
            Customs? Customs);

        /// <summary>A postal address.</summary>
        public sealed record Address(string Street, string City, string Country);

        public sealed record Parcel(double WeightKg, Dimensions Size);

        public sealed record Dimensions(int Length, int Width, int Height);

        public sealed class Customs
        {
            public required string Contents { get; init; }

            public decimal Value { get; set; }
        }
        """;

    public const string SameNameInTwoNamespaces = """
        using AgentGen;

        namespace Demo
        {
            [Tool]
            public sealed partial record LinkAccounts(Billing.Account Payer, Crm.Account Customer);
        }

        namespace Demo.Billing
        {
            public sealed record Account(string Iban);
        }

        namespace Demo.Crm
        {
            public sealed record Account(string Email, int Tier);
        }
        """;

    public const string WellKnownTypes = """
        using System;
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record BookMeeting(
            DateTimeOffset Start,
            DateTime CreatedAt,
            DateOnly Day,
            TimeOnly At,
            TimeSpan Duration,
            Guid RoomId,
            Uri JoinUrl);
        """;

    public const string Defaults = """
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record SearchLogs(
            string Query,
            int Limit = 10,
            string Service = "api",
            double MinScore = 0.5,
            bool IncludeDebug = false,
            LogLevel Level = LogLevel.Warning,
            decimal MaxCost = 1.25m,
            string? Cursor = null,
            long? Since = null,
            float Temperature = 0.7f);

        public enum LogLevel { Debug, Information, Warning, Error }
        """;

    public const string ConvertedDefaults = """
        using AgentGen;

        namespace Demo;

        /// <summary>Defaults the compiler converts: each is read as its parameter's type, not as the literal's.</summary>
        [Tool]
        public sealed partial record TuneSearch(
            double Ratio = 1,
            long Budget = 5,
            byte Retries = 3,
            float Weight = 2,
            decimal Fee = 4,
            double? Floor = 0,
            LogLevel Minimum = 0,
            uint Shards = 8u);

        public enum LogLevel { Debug, Information, Warning, Error }
        """;

    public const string Descriptions = """
        using System.ComponentModel;
        using AgentGen;

        namespace Demo;

        /// <summary>
        /// Send a <b>short</b> message to a chat channel.
        /// Use it only to report progress.
        /// </summary>
        /// <param name="Channel">The channel, without the leading <c>#</c>.</param>
        /// <param name="Text">Ignored: the Description attribute wins.</param>
        [Tool]
        public sealed partial record PostMessage(
            string Channel,
            [property: Description("The message text, in Markdown")] string Text,
            [Description("Who should be mentioned")] string? Mention = null)
        {
            /// <summary>Whether the message is sent "silently" (no notification).</summary>
            public bool Silent { get; init; }
        }

        [Tool, Description("Archive a chat channel & its history.")]
        public sealed partial record ArchiveChannel(string Channel);
        """;

    public const string NameOverrides = """
        using System.Text.Json.Serialization;
        using AgentGen;

        namespace Demo;

        [Tool("fetch_url")]
        public sealed partial record FetchPage(
            [property: JsonPropertyName("url")] string Address,
            int TimeoutSeconds,
            bool FollowHTTPRedirects);

        [Tool(PropertyNaming = JsonNaming.CamelCase)]
        public sealed partial record CamelCaseTool(string UserName, int RetryCount, [property: JsonPropertyName("ID")] string Id);

        [Tool(PropertyNaming = JsonNaming.AsDeclared)]
        public sealed partial record AsDeclaredTool(string UserName, int RetryCount);

        [Tool(PropertyNaming = JsonNaming.KebabCaseLower)]
        public sealed partial record KebabCaseTool(string UserName, int RetryCount);
        """;

    public const string Constraints = """
        using System.Collections.Generic;
        using System.ComponentModel.DataAnnotations;
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record RegisterUser(
            [Range(1, 50)] int Seats,
            [Range(0.5, 99.5)] double Discount,
            [StringLength(40, MinimumLength = 3)] string DisplayName,
            [MinLength(8), MaxLength(64)] string Password,
            [MinLength(1), MaxLength(5)] List<string> Roles,
            [RegularExpression(@"^[a-z]+(-[a-z]+)*$")] string Slug,
            [AllowedValues("eu", "us", "apac")] string Region,
            [AllowedValues(1, 2, 3)] int Plan,
            [Length(2, 3)] string CountryCode,
            [Length(1, 10)] string[] Emails,
            [Range(1, 5)] int? Rating = null);
        """;

    public const string GlobalNamespace = """
        using AgentGen;

        /// <summary>Say that the work is finished.</summary>
        [Tool]
        public sealed partial record DoneForNow(string Message);
        """;

    public const string ContainingTypes = """
        using AgentGen;

        namespace Demo;

        public static partial class DeployTools
        {
            /// <summary>Roll back the last deploy.</summary>
            [Tool]
            public sealed partial record Rollback(string Environment);

            public partial class Database
            {
                [Tool]
                public sealed partial record Migrate(string Target, bool DryRun = true);
            }
        }

        public partial record Outer
        {
            [Tool]
            internal sealed partial record Ping(string Host);
        }
        """;

    public const string InitAndRequiredProperties = """
        using System;
        using System.Collections.Generic;
        using AgentGen;

        namespace Demo;

        [Tool]
        public sealed partial record CreateIssue
        {
            public required string Title { get; init; }

            public string? Body { get; init; }

            public int Priority { get; init; } = 3;

            public List<string> Labels { get; init; } = new();

            public required IReadOnlyList<string> Assignees { get; init; }

            public DateTimeOffset? Due { get; init; }
        }
        """;

    public const string ClassTool = """
        using System.Collections.Generic;
        using System.ComponentModel;
        using AgentGen;

        namespace Demo;

        /// <summary>Resize a virtual machine.</summary>
        [Tool]
        public sealed partial class ResizeMachine
        {
            [Description("The machine name")]
            public string Name { get; set; } = "";

            public int Cores { get; set; } = 2;

            public int? MemoryGb { get; set; }

            public List<string> Disks { get; set; } = new List<string>();

            public bool Restart { get; set; }
        }
        """;

    public const string Markers = """
        using AgentGen;

        namespace Demo;

        /// <summary>List the newest git tags of the backend repository.</summary>
        [Tool]
        public sealed partial record ListGitTags(int Limit = 10);

        /// <summary>Deploy one tag of the backend to an environment.</summary>
        [Tool, RequiresApproval]
        public sealed partial record DeployBackend(string Tag, string Environment);

        /// <summary>Ask the person for something you need.</summary>
        [Tool, HumanInput]
        public sealed partial record RequestMoreInformation(string Message);

        /// <summary>Say that the work is finished.</summary>
        [Tool, Terminal]
        public sealed partial record DoneForNow(string Message);
        """;

    /// <summary>Every scenario by name, for tests that run the same check over all of them.</summary>
    public static IReadOnlyDictionary<string, string> All { get; } = new SortedDictionary<string, string>(System.StringComparer.Ordinal)
    {
        [nameof(Primitives)] = Primitives,
        [nameof(Enums)] = Enums,
        [nameof(Nullability)] = Nullability,
        [nameof(Sensitive)] = Sensitive,
        [nameof(Collections)] = Collections,
        [nameof(Dictionaries)] = Dictionaries,
        [nameof(NestedObjects)] = NestedObjects,
        [nameof(SameNameInTwoNamespaces)] = SameNameInTwoNamespaces,
        [nameof(WellKnownTypes)] = WellKnownTypes,
        [nameof(Defaults)] = Defaults,
        [nameof(ConvertedDefaults)] = ConvertedDefaults,
        [nameof(Descriptions)] = Descriptions,
        [nameof(NameOverrides)] = NameOverrides,
        [nameof(Constraints)] = Constraints,
        [nameof(GlobalNamespace)] = GlobalNamespace,
        [nameof(ContainingTypes)] = ContainingTypes,
        [nameof(InitAndRequiredProperties)] = InitAndRequiredProperties,
        [nameof(ClassTool)] = ClassTool,
        [nameof(Markers)] = Markers,
    };
}
