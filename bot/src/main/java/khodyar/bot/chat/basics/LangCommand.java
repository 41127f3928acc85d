package khodyar.bot.chat.basics;

import khodyar.bot.chat.Command;
import khodyar.bot.chat.Turn;
import khodyar.bot.i18n.Messages.Lang;
import khodyar.bot.people.People;
import org.springframework.stereotype.Component;

import java.util.List;

/** {@code /lang fa|en}: the language the bot speaks to this person. Persian unless they ask. */
@Component
public class LangCommand implements Command {

    private final People people;

    public LangCommand(People people) {
        this.people = people;
    }

    @Override
    public List<String> names() {
        return List.of("lang");
    }

    @Override
    public void run(Turn turn, String args) {
        String code = args.strip().toLowerCase(java.util.Locale.ROOT);
        if (!code.equals("fa") && !code.equals("en")) {
            turn.reply("lang.usage");
            return;
        }
        people.setLang(turn.userId(), code);
        turn.replyText(turn.text(Lang.of(code), "lang.set"), null);
    }
}
