using System;
using System.Diagnostics.CodeAnalysis;
using AgentGen.Hosting.Running;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace AgentGen.Hosting;

/// <summary>Adds hosted agents to an application's services; returned by <see cref="AgentGenServiceCollectionExtensions.AddAgentGen"/>.</summary>
public sealed class AgentGenBuilder
{
    internal AgentGenBuilder(IServiceCollection services)
    {
        Services = services;
    }

    /// <summary>Gets the application's services.</summary>
    public IServiceCollection Services { get; }

    /// <summary>
    /// Hosts an agent: registers it (transient, one instance per run, built from its constructor's services unless the
    /// application registered it first), its options, and a background worker that runs its threads. Map its endpoints
    /// with <see cref="AgentEndpointRouteBuilderExtensions.MapAgent{TAgent}"/>. The application registers the
    /// <see cref="IThreadStore"/> (or sets <see cref="AgentHostOptions.Store"/>) and whatever the agent's constructor takes.
    /// </summary>
    /// <typeparam name="TAgent">The agent: an <see cref="AgentAttribute"/> class, which implements <see cref="IAgent"/>.</typeparam>
    /// <param name="configure">Sets the options: concurrency, body limits, webhook secret, store.</param>
    /// <returns>This builder.</returns>
    public AgentGenBuilder AddAgent<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicConstructors)] TAgent>(Action<AgentHostOptions>? configure = null)
        where TAgent : class, IAgent
    {
        Services.TryAddTransient<TAgent>();
        Services.AddOptions<AgentHostOptions>(AgentHostOptions.NameOf(typeof(TAgent))).Configure(configure ?? (static _ => { }));
        Services.TryAddSingleton(static services => new AgentHost<TAgent>(services));
        Services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, AgentWorker<TAgent>>(
            static services => new AgentWorker<TAgent>(services.GetRequiredService<AgentHost<TAgent>>())));
        return this;
    }
}
