using System;
using Microsoft.Extensions.Logging;

namespace AgentGen.Hosting.Running;

/// <summary>What the hosted agents log; generated, allocation-free logging methods.</summary>
internal static partial class Log
{
    [LoggerMessage(1, LogLevel.Information, "{Agent}: worker started, {MaxConcurrency} threads at a time")]
    public static partial void WorkerStarted(ILogger logger, string agent, int maxConcurrency);

    [LoggerMessage(2, LogLevel.Debug, "{Agent}: thread {ThreadId} ran to {Status} (version {Version})")]
    public static partial void Ran(ILogger logger, string agent, string threadId, ThreadStatus status, long version);

    [LoggerMessage(3, LogLevel.Information, "{Agent}: thread {ThreadId} was saved by another worker meanwhile; that worker goes on with it")]
    public static partial void Conflict(ILogger logger, string agent, string threadId, ThreadConflictException exception);

    [LoggerMessage(4, LogLevel.Warning, "{Agent}: thread {ThreadId} was queued but is no longer stored; nothing ran")]
    public static partial void NotFound(ILogger logger, string agent, string threadId);

    [LoggerMessage(5, LogLevel.Error, "{Agent}: the run of thread {ThreadId} failed; it stays as last saved and runs again at the next start")]
    public static partial void RunFailed(ILogger logger, string agent, string threadId, Exception exception);

    [LoggerMessage(6, LogLevel.Information, "{Agent}: queued {Count} ready threads found in the store at start")]
    public static partial void Resuming(ILogger logger, string agent, int count);

    [LoggerMessage(7, LogLevel.Error, "{Agent}: listing the ready threads at start failed; retrying in {Delay}")]
    public static partial void ResumeFailed(ILogger logger, string agent, TimeSpan delay, Exception exception);

    [LoggerMessage(8, LogLevel.Warning, "{Agent}: thread {ThreadId} was saved but not queued because the application is stopping; it runs at the next start")]
    public static partial void NotQueuedAtShutdown(ILogger logger, string agent, string threadId);

    [LoggerMessage(10, LogLevel.Information, "{Agent}: thread {ThreadId} has a started call (version {Version}); running it again as a retry only if nothing changes within {Grace}")]
    public static partial void Deferred(ILogger logger, string agent, string threadId, long version, TimeSpan grace);

    [LoggerMessage(9, LogLevel.Information, "{Agent}: run of thread {ThreadId} stopped with the application; it resumes at the next start")]
    public static partial void Stopped(ILogger logger, string agent, string threadId);
}
