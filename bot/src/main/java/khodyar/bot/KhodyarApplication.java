package khodyar.bot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

@SpringBootApplication
@EnableScheduling
public class KhodyarApplication {

    public static void main(String[] args) {
        SpringApplication.run(KhodyarApplication.class, args);
    }
}
