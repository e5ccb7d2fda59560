using System;
using System.Threading;
using System.Threading.Tasks;
using AgentGen.Hosting.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace AgentGen.Hosting.Running;

/// <summary>
/// Everything one hosted agent shares between its endpoints and its worker: options, store, runner and queue. The
/// endpoints change threads and queue them; the worker runs them.
/// </summary>
/// <typeparam name="TAgent">The agent.</typeparam>
internal sealed class AgentHost<TAgent>
    where TAgent : class, IAgent
{
    private readonly IServiceScopeFactory scopes;
    private readonly IHostApplicationLifetime? lifetime;

    public AgentHost(IServiceProvider services)
    {
        Name = typeof(TAgent).Name;
        Options = services.GetRequiredService<IOptionsMonitor<AgentHostOptions>>().Get(AgentHostOptions.NameOf(typeof(TAgent)));
        Options.Validate(Name);
        Store = Options.Store?.Invoke(services) ?? services.GetService<IThreadStore>() ?? throw new InvalidOperationException(
            $"{Name} has no thread store: register one before AddAgentGen, for example " +
            "services.AddSingleton<IThreadStore>(new SqliteThreadStore(path, AgentGen.Generated.ToolRegistry.Instance)), " +
            $"or set AgentHostOptions.Store in AddAgent<{Name}>(options => ...).");
        Runner = new AgentRunner(Store);
        Queue = new WorkQueue(Options.QueueCapacity);
        Time = services.GetService<TimeProvider>() ?? TimeProvider.System;
        Logger = services.GetService<ILoggerFactory>()?.CreateLogger("AgentGen.Hosting." + Name) ?? NullLogger.Instance;
        Webhooks = Options.WebhookSecret is { } secret ? new WebhookVerifier(secret, Options.WebhookTolerance, Time) : null;
        scopes = services.GetRequiredService<IServiceScopeFactory>();
        lifetime = services.GetService<IHostApplicationLifetime>();
    }

    /// <summary>Gets the agent's name, for messages and logs.</summary>
    public string Name { get; }

    public AgentHostOptions Options { get; }

    public IThreadStore Store { get; }

    public AgentRunner Runner { get; }

    public WorkQueue Queue { get; }

    public TimeProvider Time { get; }

    public ILogger Logger { get; }

    /// <summary>Gets the webhook verifier, or <see langword="null"/> when no secret is configured.</summary>
    public WebhookVerifier? Webhooks { get; }

    /// <summary>Stores a new thread and queues it.</summary>
    /// <param name="message">The message that starts it.</param>
    /// <param name="source">Where the message came from.</param>
    /// <param name="cancellationToken">Cancels storing it; once stored, it is queued regardless.</param>
    /// <returns>The stored thread.</returns>
    public async Task<StoredThread> StartAsync(string message, string source, CancellationToken cancellationToken)
    {
        StoredThread created = await Store.CreateAsync(AgentThread.Start(message, source), cancellationToken).ConfigureAwait(false);
        await QueueAsync(created.Thread.Id).ConfigureAwait(false);
        return created;
    }

    /// <summary>Records a person's answer and queues the thread.</summary>
    /// <param name="threadId">The thread's id.</param>
    /// <param name="answer">The answer.</param>
    /// <param name="cancellationToken">Cancels the change; once saved, the thread is queued regardless.</param>
    /// <returns>The stored thread after the change.</returns>
    /// <exception cref="ThreadNotFoundException">No thread has that id.</exception>
    /// <exception cref="WrongStateException">The thread is not waiting for that answer.</exception>
    /// <exception cref="ThreadConflictException">Another writer saved the thread meanwhile.</exception>
    public async Task<StoredThread> AnswerAsync(string threadId, PersonAnswer answer, CancellationToken cancellationToken)
    {
        StoredThread saved = await Runner.UpdateAsync(threadId, answer.ApplyTo, cancellationToken).ConfigureAwait(false);
        await QueueAsync(threadId).ConfigureAwait(false);
        return saved;
    }

    /// <summary>Runs a loaded thread with a new agent instance from its own service scope.</summary>
    /// <param name="stored">The thread, as loaded.</param>
    /// <param name="cancellationToken">Cancels the run; what was saved stays saved.</param>
    /// <returns>The stored thread after the run.</returns>
    /// <exception cref="ThreadConflictException">Another worker saved the thread meanwhile.</exception>
    public async Task<StoredThread> RunAsync(StoredThread stored, CancellationToken cancellationToken)
    {
        AsyncServiceScope scope = scopes.CreateAsyncScope();
        await using (scope.ConfigureAwait(false))
        {
            TAgent agent = scope.ServiceProvider.GetRequiredService<TAgent>();
            return await Runner.RunLoadedAsync(agent, stored, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Queues a thread that is stored and must run. Not tied to the request: a client that goes away after the thread
    /// was saved must not leave it unqueued. Waits for room when the queue is full, until the application stops (the
    /// thread then runs at the next start).
    /// </summary>
    /// <param name="threadId">The thread's id.</param>
    /// <returns>A task that completes when the thread is queued.</returns>
    public async Task QueueAsync(string threadId)
    {
        try
        {
            await Queue.EnqueueAsync(threadId, lifetime?.ApplicationStopping ?? CancellationToken.None).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            Log.NotQueuedAtShutdown(Logger, Name, threadId);
        }
    }
}
