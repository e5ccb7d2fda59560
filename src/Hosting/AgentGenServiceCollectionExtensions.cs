using System;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace AgentGen.Hosting;

/// <summary>Registers AgentGen's hosting services.</summary>
public static class AgentGenServiceCollectionExtensions
{
    /// <summary>
    /// Starts the registration of hosted agents: <c>services.AddAgentGen().AddAgent&lt;DeployAgent&gt;(options =&gt; ...)</c>.
    /// </summary>
    /// <param name="services">The application's services.</param>
    /// <returns>A builder that adds agents.</returns>
    public static AgentGenBuilder AddAgentGen(this IServiceCollection services)
    {
        ArgumentNullException.ThrowIfNull(services);
        services.AddOptions();
        services.AddLogging();
        services.TryAddSingleton(TimeProvider.System);
        return new AgentGenBuilder(services);
    }
}
