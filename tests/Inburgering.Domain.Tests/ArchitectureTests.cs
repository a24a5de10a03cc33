using Inburgering.Domain.Newcomers;

namespace Inburgering.Domain.Tests;

public sealed class ArchitectureTests
{
    [Fact]
    public void DomainAssembly_ReferencesNoDataAccessOrWebFramework()
    {
        var referenced = typeof(Newcomer).Assembly.GetReferencedAssemblies().Select(a => a.Name ?? string.Empty).ToList();

        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.EntityFrameworkCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.AspNetCore", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("Microsoft.Extensions", StringComparison.Ordinal));
        Assert.DoesNotContain(referenced, name => name.StartsWith("System.ComponentModel.DataAnnotations", StringComparison.Ordinal));
        Assert.Contains(referenced, name => name == "System.Runtime");
    }
}
