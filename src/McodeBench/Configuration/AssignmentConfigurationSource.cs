using Microsoft.Extensions.Configuration;

namespace McodeBench.Configuration;

/// <summary>Configuration from a list of <see cref="SettingAssignment"/>s (environment variables, command-line options).</summary>
public sealed class AssignmentConfigurationSource(IReadOnlyList<SettingAssignment> assignments) : IConfigurationSource
{
    public IConfigurationProvider Build(IConfigurationBuilder builder) => new AssignmentConfigurationProvider(assignments);
}
