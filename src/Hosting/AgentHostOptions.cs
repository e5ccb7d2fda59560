using System;
using System.Text;

namespace AgentGen.Hosting;

/// <summary>
/// How one hosted agent runs its threads and guards its endpoints. Configure it in
/// <see cref="AgentGenBuilder.AddAgent{TAgent}(Action{AgentHostOptions})"/>; it is a named option whose name is the
/// agent type's full name (<see cref="NameOf"/>), so configuration can also reach it through
/// <c>services.Configure&lt;AgentHostOptions&gt;(AgentHostOptions.NameOf(typeof(DeployAgent)), ...)</c>.
/// </summary>
public sealed class AgentHostOptions
{
    /// <summary>The smallest webhook secret accepted, in UTF-8 bytes: as long as the SHA-256 output.</summary>
    public const int MinimumWebhookSecretBytes = 32;

    /// <summary>Gets or sets how many threads of this agent run at once in this process. Default 4.</summary>
    public int MaxConcurrency { get; set; } = 4;

    /// <summary>
    /// Gets or sets how many threads may wait for a free worker. When the queue is full, a request that starts or
    /// answers a thread waits for room before it returns. Default 1024.
    /// </summary>
    public int QueueCapacity { get; set; } = 1024;

    /// <summary>Gets or sets the largest request body the thread endpoints read, in bytes; larger ones get 413. Default 1 MiB.</summary>
    public long MaxRequestBodySize { get; set; } = 1024 * 1024;

    /// <summary>
    /// Gets or sets whether the worker, when the application starts, runs every thread the store holds as
    /// <see cref="ThreadStatus.Ready"/>: threads started or answered before a restart, and calls whose handler was
    /// interrupted (they run again as retries, with the same call id). Default <see langword="true"/>.
    /// </summary>
    public bool ResumeOnStart { get; set; } = true;

    /// <summary>
    /// Gets or sets how long a thread whose handler started must stay unchanged before a worker that finds it runs the
    /// call again, as a retry with the same call id. A store cannot tell a handler still running in another process from
    /// one whose process died: the worker that finds a started call waits this long and runs it only if nobody saved the
    /// thread meanwhile. Make it longer than your slowest handler. Default 5 minutes.
    /// </summary>
    public TimeSpan InterruptedCallGrace { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets how many threads the start-up pass lists from the store at a time. Default 100.</summary>
    public int ResumeBatchSize { get; set; } = 100;

    /// <summary>
    /// Gets or sets the secret shared with webhook senders, at least <see cref="MinimumWebhookSecretBytes"/> bytes in
    /// UTF-8 (for example the output of <c>openssl rand -hex 32</c>). The webhook endpoint is mapped only when it is set.
    /// </summary>
    public string? WebhookSecret { get; set; }

    /// <summary>
    /// Gets or sets how far a webhook's timestamp may be from this server's clock, either way; older or newer requests
    /// get 401, and a replay is recognized for this long. Default 5 minutes.
    /// </summary>
    public TimeSpan WebhookTolerance { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Gets or sets the largest webhook body read, in bytes; larger ones get 413 before anything else is checked. Default 64 KiB.</summary>
    public long MaxWebhookBodySize { get; set; } = 64 * 1024;

    /// <summary>
    /// Gets or sets where this agent's threads are kept; when <see langword="null"/>, the application's
    /// <see cref="IThreadStore"/> service. Give each hosted agent its own store (or table): the start-up pass runs every
    /// ready thread of the store with this agent.
    /// </summary>
    public Func<IServiceProvider, IThreadStore>? Store { get; set; }

    /// <summary>Gets the options name of an agent type: its full name.</summary>
    /// <param name="agentType">The agent type.</param>
    /// <returns>The name.</returns>
    public static string NameOf(Type agentType)
    {
        ArgumentNullException.ThrowIfNull(agentType);
        return agentType.FullName ?? agentType.Name;
    }

    /// <summary>Throws when a value is out of range, naming it and saying what to set.</summary>
    /// <param name="agentName">The agent the options belong to, for the message.</param>
    internal void Validate(string agentName)
    {
        Require(MaxConcurrency >= 1, nameof(MaxConcurrency), "at least 1");
        Require(QueueCapacity >= 1, nameof(QueueCapacity), "at least 1");
        Require(MaxRequestBodySize >= 1, nameof(MaxRequestBodySize), "at least 1 byte");
        Require(ResumeBatchSize >= 1, nameof(ResumeBatchSize), "at least 1");
        Require(InterruptedCallGrace >= TimeSpan.Zero, nameof(InterruptedCallGrace), "zero or positive");
        Require(WebhookTolerance > TimeSpan.Zero, nameof(WebhookTolerance), "positive");
        Require(MaxWebhookBodySize >= 1, nameof(MaxWebhookBodySize), "at least 1 byte");
        if (WebhookSecret is not null && Encoding.UTF8.GetByteCount(WebhookSecret) < MinimumWebhookSecretBytes)
        {
            throw new InvalidOperationException(
                $"The webhook secret of {agentName} is {Encoding.UTF8.GetByteCount(WebhookSecret)} bytes long; it must be at least " +
                $"{MinimumWebhookSecretBytes}. Generate one with `openssl rand -hex 32`, or leave WebhookSecret unset to map no webhook endpoint.");
        }

        void Require(bool valid, string option, string expected)
        {
            if (!valid)
            {
                throw new InvalidOperationException($"AgentHostOptions.{option} of {agentName} must be {expected}: set it in AddAgent<{agentName}>(options => ...).");
            }
        }
    }
}
