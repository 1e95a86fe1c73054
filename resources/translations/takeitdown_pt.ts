<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Adicione as fotos e os vídeos</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Adicione cada foto ou vídeo que você quer que seja removido. Eles ficam neste computador: só as impressões digitais deles são criadas. Eles ficam borrados, então você não precisa vê-los.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Arraste fotos, vídeos ou pastas para cá</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Escolher fotos e vídeos…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Fotos e vídeos adicionados</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Aperte Delete para remover os escolhidos. Mantenha um pressionado para vê-lo.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Ver essas imagens pode ser difícil, e alguém perto de você também pode vê-las. Você não precisa olhar para elas: as impressões digitais são criadas do mesmo jeito. Mostrar mesmo assim?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrar</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Deixar borradas</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Ocultar imagens</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Mostrar imagens</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>As imagens ficam borradas, a não ser que você escolha vê-las.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Remover os itens escolhidos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Parar de criar as impressões digitais</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Já estava adicionado, então não foi adicionado de novo: %n.</numerusform>
            <numerusform>Já estavam adicionados, então não foram adicionados de novo: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Nada adicionado ainda.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Criando as impressões digitais: falta %n.</numerusform>
            <numerusform>Criando as impressões digitais: faltam %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Procurando nas pastas…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Pronto: %n.</numerusform>
            <numerusform>Prontos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Impressão digital fraca, mas útil: %n.</numerusform>
            <numerusform>Impressões digitais fracas, mas úteis: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Não foi possível ler: %n.</numerusform>
            <numerusform>Não foi possível ler: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Mostrado uma vez só, porque era igual a outro arquivo: %n.</numerusform>
            <numerusform>Mostrados uma vez só, porque eram iguais a outro arquivo: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>Não foi possível olhar algumas pastas. Tente adicioná-las de novo.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Você pode adicionar mais ou continuar.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Você pode continuar adicionando arquivos ou apertar Parar.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Esta imagem é muito simples ou borrada, então a impressão digital dela é fraca e mais difícil de encontrar. Ela é enviada mesmo assim e ainda pode ajudar.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Isto não é uma foto nem um vídeo, então só a impressão digital do arquivo será enviada. Ela ainda pode encontrar cópias exatas deste arquivo.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Este serviço é para imagens feitas antes dos 18</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>O Take It Down é só para fotos e vídeos feitos quando a pessoa tinha menos de 18 anos. Nada foi enviado. Existe um serviço gratuito que funciona de um jeito parecido para adultos, e pessoas com quem você pode conversar:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Se você não tem certeza de quantos anos tinha, volte e escolha “Não tenho certeza”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Começar de novo</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Verificar ou retirar uma denúncia anterior</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Digite o número da denúncia e a chave secreta do seu comprovante, ou abra um comprovante que você salvou. Retirar uma denúncia tira as impressões digitais dela da lista.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Número da denúncia:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Chave secreta:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Número da denúncia</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Chave secreta</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Verificar a denúncia</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Abrir um comprovante salvo…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Retirar esta denúncia…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>Retirar esta denúncia? As impressões digitais dela vão sair da lista, e os sites e apps vão parar de procurar essas imagens. Isso não pode ser desfeito, mas você sempre pode enviar uma nova denúncia.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Sim, retirar</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>Não, manter</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Verificando…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Retirando…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Esta denúncia foi retirada. As impressões digitais dela não estão mais na lista. Ela foi recebida em %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Esta denúncia está ativa. Ela foi recebida em %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Arquivos com impressão digital: %n.</numerusform>
            <numerusform>Arquivos com impressão digital: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Sua denúncia foi enviada</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Pronto. Aqui está seu comprovante. Você vai precisar dele para verificar a denúncia depois.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Número da denúncia:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Chave secreta:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Guarde esses dois códigos num lugar seguro e privado. Você precisa dos dois para verificar sua denúncia ou para retirá-la. Se você perder os códigos, ninguém consegue recuperá-los, nem a gente. Qualquer pessoa que tenha os dois pode retirar a denúncia.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Copiar o comprovante</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Salvar o comprovante como…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>O que acontece agora</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>O NCMEC adiciona suas impressões digitais à lista dele. Os sites e apps participantes usam a lista para encontrar cópias e removê-las, ou para impedir que sejam postadas. Você não vai receber nenhuma mensagem sobre isso, porque ninguém sabe quem você é. Você pode verificar sua denúncia com este app quando quiser.

Por favor, não compartilhe as fotos ou vídeos em nenhum lugar, nem mesmo para denunciá-los. Enviá-los de novo pode fazer com que se espalhem.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>Você não precisa passar por isso sem ajuda</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Se algo está te preocupando ou te deixando mal, ou se alguém está te ameaçando, estes serviços gratuitos e sigilosos podem ajudar:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Começar de novo</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Fechar o app</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Pasta pessoal</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Área de trabalho</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>Videos</source>
        <translation>Vídeos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translatorcomment>same as English on purpose; The Downloads folder is called Downloads in Brazilian Portuguese Windows and macOS.</translatorcomment>
        <translation>Downloads</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Escolha fotos, vídeos ou pastas inteiras. Segure Ctrl para escolher mais de um.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Escolha o arquivo de impressões digitais que você salvou antes.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Escolha uma pasta e depois digite um nome para o arquivo.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Salvar</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Subir uma pasta</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Pasta</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Locais</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Arquivos e pastas</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nome do arquivo:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nome do arquivo</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Já existe um arquivo com este nome aqui. Salvar vai substituí-lo.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
</context>
<context>
    <name>HelpScreen</name>
    <message>
        <source>Get help now</source>
        <translation>Buscar ajuda agora</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>Você não precisa passar por isso sem ajuda. Estes serviços são gratuitos e sigilosos. Se alguém está te ameaçando ou pedindo imagens, você pode contar para um destes serviços ou para um adulto de confiança. Você não vai ter problemas.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>Como funciona?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Sua foto ou vídeo fica neste computador</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>O app cria as impressões digitais aqui</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Só as impressões digitais são enviadas ao Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Sites e apps procuram imagens iguais e as removem</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>O que é uma impressão digital?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Uma impressão digital (o pessoal da computação chama de hash) é um código curto calculado a partir de uma foto ou vídeo. A mesma imagem sempre dá o mesmo código. O código não pode ser transformado de volta na imagem, então ninguém consegue ver sua imagem a partir dele.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Impressões digitais de arquivo (MD5 e SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Elas encontram cópias exatas do mesmo arquivo. Se até uma partezinha do arquivo mudar, o código muda também.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Impressões digitais de imagem (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Esta é calculada a partir da aparência da imagem, então também pode encontrar cópias que foram diminuídas, salvas de novo ou um pouco alteradas. Imagens muito simples ou borradas dão uma impressão digital fraca, que é mais difícil de encontrar. Ela é enviada mesmo assim.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Cópias alteradas</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Cada foto também ganha impressões digitais extras para os jeitos como as cópias costumam ser alteradas: cortadas de um lado, com zoom, deixadas quadradas, giradas, colocadas num story ou embaixo de um texto. Assim essas cópias podem ser encontradas sem uma nova denúncia. Algumas mudanças ainda não são detectadas: uma cópia cortada em todos os lados, uma captura de tela ou uma com figurinhas em cima. Se você encontrar uma cópia assim, pode enviá-la numa nova denúncia.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Impressões digitais de vídeo</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>Para um vídeo, o app cria uma impressão digital de imagem de mais ou menos um quadro por segundo, além das impressões digitais de arquivo.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>O que acontece com as impressões digitais?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>O NCMEC as adiciona a uma lista. Os sites e apps participantes comparam as postagens com a lista. Se algo for igual, eles podem removê-lo ou impedir que seja postado. Ninguém vê suas imagens por causa deste app.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>O que o Take It Down não consegue fazer</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>Ele não consegue remover imagens de sites e apps que não participam, nem de mensagens privadas. Imagens que foram muito alteradas podem não ser encontradas.</translation>
    </message>
</context>
<context>
    <name>ItemModel</name>
    <message>
        <source>Photo %1</source>
        <translation>Foto %1</translation>
    </message>
    <message>
        <source>Video %1</source>
        <translation>Vídeo %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Arquivo %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>Aguardando</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Kept short so the percentage fits under the thumbnail (the tile is about 8 lines of text wide); the line above the buttons says fingerprints are being made.</translatorcomment>
        <translation>Criando… %1%</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translatorcomment>Kept short to fit under the thumbnail, like the one with the percentage.</translatorcomment>
        <translation>Criando…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Pronto: só a impressão digital do arquivo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Pronto</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Pronto (impressão digital fraca)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Parcialmente pronto</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Parado</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>Não foi possível ler este arquivo</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Falta menos de um minuto.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Falta mais ou menos %n minuto.</numerusform>
            <numerusform>Faltam mais ou menos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>same as English on purpose: Portuguese writes a colon and a space between the two.</translatorcomment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <extracomment>The line below the pictures: the name and status, then the reason as a sentence, e.g. &quot;Photo 3: Couldn&apos;t read this file. This file is empty, so there is nothing to fingerprint.&quot; %1 is &quot;Photo 3: Couldn&apos;t read this file&quot;, %2 the reason. Write the full stop and the space after it as your language does (Chinese &quot;%1。%2&quot;, Hindi &quot;%1। %2&quot;).</extracomment>
        <translation>%1. %2</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>This file couldn&apos;t be opened or saved there. Try another place.</source>
        <translation>Não foi possível abrir ou salvar este arquivo aí. Tente outro lugar.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Algo deu errado. A culpa não é sua. Tente de novo, por favor.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Buscar ajuda</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Lugares para conversar com alguém</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Saída rápida</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Fecha o app na hora e esquece tudo. Você também pode apertar Shift três vezes, ou Escape duas vezes.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Copiado. Cole num lugar privado. O app limpa a área de transferência ao fechar, se o comprovante ainda estiver lá.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Salvo. Guarde o arquivo num lugar privado.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>Não encontramos este arquivo. Ele pode ter sido movido ou apagado.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Isto não é uma foto nem um vídeo, então não conseguimos criar a impressão digital dele. Você pode removê-lo e continuar.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Este computador não deixou a gente abrir esta pasta, então nada dela foi adicionado.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Este computador não deixou a gente abrir este arquivo. Você pode copiá-lo para outro lugar e tentar de novo.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Este arquivo está vazio, então não há como criar a impressão digital dele.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Este arquivo é grande demais para a gente ler. Você pode removê-lo e continuar.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Esta imagem diz ser muito maior do que qualquer foto de verdade, então não a abrimos. Você pode removê-la e continuar.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Esta imagem parece estar danificada, então não conseguimos criar a impressão digital de imagem dela. A impressão digital de arquivo foi criada mesmo assim.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Este vídeo parece estar danificado, então não conseguimos criar a impressão digital de vídeo dele. A impressão digital de arquivo foi criada mesmo assim.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Ainda não conseguimos ler este tipo de arquivo. Você pode removê-lo e continuar.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Parado antes de terminar este arquivo.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Algo deu errado ao ler este arquivo. Você pode removê-lo e continuar, ou tentar de novo.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>Não conseguimos falar com o serviço Take It Down. Confira se há conexão com a internet e tente de novo.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>O proxy da sua rede não deixou a gente chegar ao serviço Take It Down. Tente de novo em outra rede, como o Wi-Fi de casa ou os dados móveis.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>O serviço Take It Down demorou demais para responder. Tente de novo daqui a alguns minutos, por favor.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>Não conseguimos confirmar que estávamos falando com o serviço Take It Down de verdade, então nada foi enviado. Isso pode acontecer em redes de escola ou de trabalho. Tente de novo em outra rede, como o Wi-Fi de casa ou os dados móveis.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Algo deu errado do lado do serviço Take It Down. A culpa não é sua. Tente de novo mais tarde, por favor.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Muitas denúncias estão chegando da sua rede agora. Espere alguns minutos e tente de novo, por favor.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>Não encontramos nenhuma denúncia com esse número da denúncia e essa chave secreta. Compare os dois com seu comprovante para ver se há erros de digitação, por favor.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>O serviço Take It Down não pôde aceitar esta denúncia. Tente enviar menos arquivos de cada vez, ou atualize o app.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>O endereço do serviço não é um endereço seguro (https://), então nada foi enviado.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>A configuração do proxy não está certa. Ela deve ser parecida com socks5://localhost:9050 ou http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Suas impressões digitais ainda estão aqui, prontas para enviar.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Comprovante do Take It Down

Com o número da denúncia (“Report number”) e a chave secreta (“Secret key”) abaixo, você pode verificar sua denúncia ou retirá-la.
Guarde os dois em segredo: qualquer pessoa que tenha os dois pode retirar a denúncia.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Digite ou cole a chave secreta do seu comprovante, por favor.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Digite ou cole o número da denúncia do seu comprovante, por favor.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Só o último caractere pode ser * ~ $ = ou U. As chaves usam só os números de 0 a 9 e as letras de A a Z (sem I, L, O ou U), e às vezes um de * ~ $ = U bem no final.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Há um erro de digitação nesta chave secreta: pelo menos um caractere está diferente do seu comprovante. Confira cada grupo de novo, por favor.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Há um erro de digitação neste número da denúncia: pelo menos um caractere está diferente do seu comprovante. Confira de novo, por favor.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translatorcomment>The saved receipt file is always written in English, so the two line labels stay in English here.</translatorcomment>
        <translation>Isto não parece um comprovante do Take It Down. Ele deve ter uma linha começando com “Report number:” e outra começando com “Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>O Take It Down é para fotos e vídeos de alguém com menos de 18 anos. Por favor, confirme que a pessoa que aparece neles tinha menos de 18 anos quando foram feitos.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>Não foi possível criar a impressão digital de nenhum destes arquivos, então não há nada para enviar. Tente adicionar as fotos ou vídeos de novo, ou outras cópias deles.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Estas impressões digitais são grandes demais para enviar numa só denúncia (vídeos longos criam muitas). Envie menos arquivos de cada vez, por favor.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Este não é um arquivo de impressões digitais salvo pelo Take It Down, ou ele foi alterado depois de salvo. Escolha o arquivo que o app salvou para você, por favor.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>Não foi possível abrir este arquivo. Confira se ele ainda está lá.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Uma chave secreta tem %1 letras e números, mas esta tem %2. Confira se está faltando ou sobrando algum.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Um número da denúncia tem %1 letras e números, mas este tem %2. Confira se está faltando ou sobrando algum.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” não pode estar numa chave secreta. As chaves usam só os números de 0 a 9 e as letras de A a Z (sem I, L, O ou U), e às vezes um de * ~ $ = U bem no final.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” não pode estar num número da denúncia. Os números da denúncia usam só os números de 0 a 9 e as letras de A a Z (sem I, L, O ou U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Uma denúncia pode ter até %1 arquivos, e esta tem %2. Envie em grupos menores, por favor.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Esta cópia do Take It Down não sabe para onde enviar as denúncias, então não pode ser usada. A culpa não é sua. Nada foi enviado. Por favor, pegue o app de novo com as pessoas ou no lugar de onde você o recebeu. Quando você fechar esta mensagem, o app também vai fechar.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Duas perguntas rápidas</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>Não pedimos seu nome nem nada que possa dizer quem você é.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>Você (ou a pessoa jovem que você ajuda) tinha menos de 18 nas fotos ou vídeos?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Sim, menos de 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>Não, 18 ou mais</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>Não tenho certeza</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Tudo bem. Se elas podem ter sido feitas antes dos 18, você pode continuar. O Take It Down é para qualquer coisa que possa ter sido feita antes dos 18.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>Quem está usando o app?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Sou a pessoa nas fotos ou vídeos</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Sou mãe, pai ou adulto de confiança ajudando uma pessoa jovem</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Sou profissional (orientação, psicologia ou outra área) e estou ajudando</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
</context>
<context>
    <name>ReviewScreen</name>
    <message>
        <source>This is everything that will be sent</source>
        <translation>Isto é tudo o que vai ser enviado</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Abaixo está a denúncia completa, exatamente como vai ser enviada. Ela tem só impressões digitais: nenhuma imagem, nenhum nome de arquivo, nenhum nome e nenhuma localização. “role” diz quem está enviando, “attested_under_18” é a caixa que você marca abaixo, e “key_verifier” permite verificar ou retirar a denúncia depois sem dizer quem você é.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>A denúncia que vai ser enviada</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>O que será enviado</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Esconder a denúncia exata</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Mostrar a denúncia exata</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Copiar o texto da denúncia</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Enviar as impressões digitais</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>Nada é enviado até você apertar “Enviar as impressões digitais”.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n impressão digital</numerusform>
            <numerusform>%n impressões digitais</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Impressões digitais para cada foto: %1. A maioria são extras, para cópias que foram cortadas ou reenquadradas, assim essas também podem ser encontradas.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Só são enviadas impressões digitais como %1: nada de imagens, nomes ou lugares.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Algumas imagens são muito simples ou borradas, então as impressões digitais delas são fracas e mais difíceis de encontrar. Elas são enviadas mesmo assim e ainda podem ajudar.</translation>
    </message>
    <message numerus="yes">
        <source>Photos: %n.</source>
        <translation>
            <numerusform>Fotos: %n.</numerusform>
            <numerusform>Fotos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Videos: %n.</source>
        <translation>
            <numerusform>Vídeos: %n.</numerusform>
            <numerusform>Vídeos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Outros arquivos: %n.</numerusform>
            <numerusform>Outros arquivos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Deixado de fora porque não pôde ser lido: %n.</numerusform>
            <numerusform>Deixados de fora porque não puderam ser lidos: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Confirmo que estas fotos e vídeos me mostram quando eu tinha menos de 18 anos.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Confirmo que estas fotos e vídeos mostram a pessoa jovem que estou ajudando, quando ela tinha menos de 18 anos.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Suas impressões digitais estão salvas</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Elas estão no arquivo que você escolheu. Nada foi enviado ainda. Para enviá-las, abra o Take It Down em qualquer computador com internet, escolha “Enviar impressões digitais salvas antes” e selecione este arquivo.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>O arquivo guarda a chave secreta desta denúncia. Mantenha o arquivo em segredo e apague-o quando a denúncia for enviada.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Começar de novo</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Voltar</translation>
    </message>
</context>
<context>
    <name>SendingScreen</name>
    <message>
        <source>Sending</source>
        <translation>Enviando</translation>
    </message>
    <message>
        <source>Try again</source>
        <translation>Tentar de novo</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Salvar as impressões digitais para enviar depois…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>Nada foi perdido. Você também pode salvar as impressões digitais num arquivo que você escolher e enviá-las depois de qualquer computador.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Ainda não conseguimos enviar</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Enviando suas impressões digitais…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Isso costuma levar alguns segundos. Só as impressões digitais são enviadas.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Perguntas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Adicionar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Verificar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Etapa %1 de %2: %3</translation>
    </message>
</context>
<context>
    <name>WelcomeScreen</name>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Choose the language of the app. It changes straight away.</source>
        <translation>Escolha o idioma do app. Ele muda na hora.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Podemos ajudar a impedir que essas imagens se espalhem</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Se existem fotos ou vídeos seus com nudez ou conteúdo sexual, de antes dos seus 18 anos, este app pode ajudar a tirá-los de sites e apps, ou a impedir que sejam compartilhados. A culpa não é sua, e você não vai ter problemas.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Suas imagens ficam com você</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Suas fotos e vídeos ficam neste computador. Eles nunca são enviados para a internet.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Só as impressões digitais são enviadas: códigos curtos que não podem virar imagens de novo.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>Você não informa seu nome, e-mail nem telefone. É grátis.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Você pode parar a qualquer momento. Saída rápida (no canto superior direito) fecha o app na hora. Você também pode apertar Shift três vezes, ou Escape duas vezes.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Começar</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>Como funciona?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Verificar ou retirar uma denúncia anterior</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Enviar impressões digitais salvas antes</translation>
    </message>
</context>
</TS>
