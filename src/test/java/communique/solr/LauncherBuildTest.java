package communique.solr;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class LauncherBuildTest {

    @Test
    void skipsOnlyWhenMavenCouldNotReachTheRepository() {
        assertThat(LauncherBuild.isNetworkFailure("[ERROR] Failed to execute goal on project x: Could not transfer artifact "
                + "org.apache.solr:solr-core:pom:9.10.1 from/to central: repo.maven.apache.org: UnknownHostException")).isTrue();
        assertThat(LauncherBuild.isNetworkFailure("[ERROR] Cannot access central in offline mode and the artifact "
                + "org.apache.solr:solr-core:jar:9.10.1 has not been downloaded from it before.")).isTrue();
        assertThat(LauncherBuild.isNetworkFailure("[ERROR] COMPILATION ERROR : Launcher.java:[12,8] cannot find symbol")).isFalse();
        assertThat(LauncherBuild.isNetworkFailure("[ERROR] Could not find artifact org.apache.solr:solr-core:jar:9.99 in central")).isFalse();
    }
}
