package io.routehandlers.jcache;

import com.hazelcast.cache.HazelcastCachingProvider;
import com.hazelcast.cache.HazelcastMemberCachingProvider;
import com.hazelcast.config.CacheSimpleConfig;
import com.hazelcast.config.Config;
import com.hazelcast.config.ConfigXmlGenerator;
import com.hazelcast.config.EvictionConfig;
import com.hazelcast.config.EvictionPolicy;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.MaxSizePolicy;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import javax.cache.CacheManager;

/** Embedded Hazelcast members on loopback, in one cluster of their own, as the module's tests start them. */
final class Members {

    /** A cache the members' configuration bounds to this many entries per member. */
    static final String BOUNDED = "bounded";

    static final int BOUND = 500;

    private static final int FIRST_PORT = 5971;

    private Members() {}

    static HazelcastInstance start(String cluster, String... properties) {
        Config config = config(cluster);
        for (int i = 0; i < properties.length; i += 2) {
            config.setProperty(properties[i], properties[i + 1]);
        }
        return Hazelcast.newHazelcastInstance(config);
    }

    /**
     * The configuration file of a member of the cluster, for a store that starts its own member.
     *
     * @param lite whether the member holds no data: then every call goes to the others
     */
    static String xml(String cluster, boolean lite) {
        return new ConfigXmlGenerator(true, false).generate(config(cluster).setLiteMember(lite));
    }

    private static Config config(String cluster) {
        Config config = new Config().setClusterName(cluster);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.shutdownhook.enabled", "false");
        config.setProperty("hazelcast.logging.type", "jdk");
        config.setProperty("hazelcast.wait.seconds.before.join", "0");
        config.setProperty("hazelcast.partition.count", "31");
        NetworkConfig network = config.getNetworkConfig()
                .setPort(FIRST_PORT)
                .setPortAutoIncrement(true)
                .setPortCount(8);
        network.getInterfaces().setEnabled(true).addInterface("127.0.0.1");
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        for (int port = FIRST_PORT; port < FIRST_PORT + 4; port++) {
            join.getTcpIpConfig().setEnabled(true).addMember("127.0.0.1:" + port);
        }
        config.addCacheConfig(new CacheSimpleConfig()
                .setName(BOUNDED)
                .setEvictionConfig(new EvictionConfig()
                        .setSize(BOUND)
                        .setMaxSizePolicy(MaxSizePolicy.ENTRY_COUNT)
                        .setEvictionPolicy(EvictionPolicy.LRU)));
        return config;
    }

    /** The member's JCache manager: one provider per member, since providers keep one manager per URI. */
    static CacheManager manager(HazelcastInstance member) {
        return new HazelcastMemberCachingProvider()
                .getCacheManager(null, null, HazelcastCachingProvider.propertiesByInstanceItself(member));
    }
}
