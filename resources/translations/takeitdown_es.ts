<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es_ES" sourcelanguage="en">
<context>
    <name>AddScreen</name>
    <message>
        <source>Add the photos and videos</source>
        <translation>Agrega las fotos y los videos</translation>
    </message>
    <message>
        <source>Add each photo or video you want taken down. They stay on this computer: only their fingerprints are made. They are blurred, so you don&apos;t have to see them.</source>
        <translation>Agrega cada foto o video que quieras que se elimine. Se quedan en esta computadora: solo se crean sus huellas digitales. Se ven borrosos, así que no tienes que verlos.</translation>
    </message>
    <message>
        <source>Drag photos, videos or folders here</source>
        <translation>Arrastra aquí fotos, videos o carpetas</translation>
    </message>
    <message>
        <source>Choose photos and videos…</source>
        <translation>Elegir fotos y videos…</translation>
    </message>
    <message>
        <source>Added photos and videos</source>
        <translation>Fotos y videos agregados</translation>
    </message>
    <message>
        <source>Press Delete to remove the chosen ones. Press and hold to see one.</source>
        <translation>Presiona Delete para quitar los elegidos. Mantén presionado uno para verlo.</translation>
    </message>
    <message>
        <source>Seeing these pictures might be upsetting, and someone near you could see them too. You don&apos;t need to look at them: the fingerprints are made either way. Show them anyway?</source>
        <translation>Ver estas imágenes puede hacerte sentir mal, y alguien cerca de ti también podría verlas. No necesitas mirarlas: las huellas digitales se crean igual. ¿Quieres mostrarlas de todos modos?</translation>
    </message>
    <message>
        <source>Show them</source>
        <translation>Mostrarlas</translation>
    </message>
    <message>
        <source>Keep them blurred</source>
        <translation>Dejarlas borrosas</translation>
    </message>
    <message>
        <source>Hide pictures</source>
        <translation>Ocultar imágenes</translation>
    </message>
    <message>
        <source>Show pictures</source>
        <translation>Mostrar imágenes</translation>
    </message>
    <message>
        <source>Pictures are blurred unless you choose to see them.</source>
        <translation>Las imágenes se ven borrosas, salvo que elijas verlas.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove the chosen items</source>
        <translation>Quitar los elementos elegidos</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop making fingerprints</source>
        <translation>Dejar de crear las huellas digitales</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuar</translation>
    </message>
    <message numerus="yes">
        <source>Already added, so not added again: %n.</source>
        <translation>
            <numerusform>Ya estaba agregado, así que no se agregó otra vez: %n.</numerusform>
            <numerusform>Ya estaban agregados, así que no se agregaron otra vez: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing added yet.</source>
        <translation>Todavía no hay nada.</translation>
    </message>
    <message numerus="yes">
        <source>Making fingerprints: %n to go.</source>
        <translation>
            <numerusform>Creando las huellas digitales: falta %n.</numerusform>
            <numerusform>Creando las huellas digitales: faltan %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Looking through folders…</source>
        <translation>Revisando las carpetas…</translation>
    </message>
    <message numerus="yes">
        <source>Ready: %n.</source>
        <translation>
            <numerusform>Listo: %n.</numerusform>
            <numerusform>Listos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Weak fingerprint, still useful: %n.</source>
        <translation>
            <numerusform>Huella digital débil, pero útil: %n.</numerusform>
            <numerusform>Huellas digitales débiles, pero útiles: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>No se pudo leer: %n.</numerusform>
            <numerusform>No se pudieron leer: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Shown once, because they were the same as another file: %n.</source>
        <translation>
            <numerusform>Se muestra una sola vez porque era igual a otro archivo: %n.</numerusform>
            <numerusform>Se muestran una sola vez porque eran iguales a otro archivo: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>Some folders couldn&apos;t be looked through. Try adding them again.</source>
        <translation>No se pudieron revisar algunas carpetas. Intenta agregarlas de nuevo.</translation>
    </message>
    <message>
        <source>You can add more, or continue.</source>
        <translation>Puedes agregar más o continuar.</translation>
    </message>
    <message>
        <source>You can keep adding files, or press Stop.</source>
        <translation>Puedes seguir agregando archivos o presionar Detener.</translation>
    </message>
    <message>
        <source>This picture is very plain or blurry, so its fingerprint is weak and harder to match. It is still sent, and can still help.</source>
        <translation>Esta imagen es muy simple o borrosa, así que su huella digital es débil y cuesta más encontrar coincidencias. Igual se envía y puede ayudar.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so only its file fingerprint will be sent. It can still find exact copies of this file.</source>
        <translation>Esto no es una foto ni un video, así que solo se enviará su huella digital de archivo. Igual puede encontrar copias exactas de este archivo.</translation>
    </message>
</context>
<context>
    <name>AdultsScreen</name>
    <message>
        <source>This service is for pictures taken before 18</source>
        <translation>Este servicio es para imágenes tomadas antes de los 18</translation>
    </message>
    <message>
        <source>Take It Down is only for photos and videos taken when someone was under 18. Nothing has been sent. There is a free service that works in a similar way for adults, and people you can talk to:</source>
        <translation>Take It Down es solo para fotos y videos tomados cuando alguien tenía menos de 18 años. No se envió nada. Hay un servicio gratuito que funciona de forma parecida para personas adultas, y gente con quien puedes hablar:</translation>
    </message>
    <message>
        <source>If you&apos;re not sure how old you were, go back and choose “I&apos;m not sure”.</source>
        <translation>Si no sabes bien qué edad tenías, vuelve atrás y elige “No lo sé”.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>CheckScreen</name>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Revisar o retirar un informe anterior</translation>
    </message>
    <message>
        <source>Type the report number and the secret key from your receipt, or open a receipt you saved. Withdrawing a report takes its fingerprints off the list.</source>
        <translation>Escribe el número de informe y la clave secreta de tu comprobante, o abre un comprobante que guardaste. Si retiras un informe, sus huellas digitales se quitan de la lista.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Número de informe:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clave secreta:</translation>
    </message>
    <message>
        <source>Report number</source>
        <translation>Número de informe</translation>
    </message>
    <message>
        <source>Secret key</source>
        <translation>Clave secreta</translation>
    </message>
    <message>
        <source>Check the report</source>
        <translation>Revisar el informe</translation>
    </message>
    <message>
        <source>Open a saved receipt…</source>
        <translation>Abrir un comprobante guardado…</translation>
    </message>
    <message>
        <source>Withdraw this report…</source>
        <translation>Retirar este informe…</translation>
    </message>
    <message>
        <source>Withdraw this report? Its fingerprints will be taken off the list, so websites and apps will stop looking for these pictures. This can&apos;t be undone, but you can always send a new report.</source>
        <translation>¿Retirar este informe? Sus huellas digitales se quitarán de la lista, y los sitios web y las apps dejarán de buscar estas imágenes. Esto no se puede deshacer, pero siempre puedes enviar un informe nuevo.</translation>
    </message>
    <message>
        <source>Yes, withdraw it</source>
        <translation>Sí, retirarlo</translation>
    </message>
    <message>
        <source>No, keep it</source>
        <translation>No, conservarlo</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Revisando…</translation>
    </message>
    <message>
        <source>Withdrawing…</source>
        <translation>Retirando…</translation>
    </message>
    <message>
        <source>This report was withdrawn. Its fingerprints are no longer on the list. It was received on %1.</source>
        <translation>Este informe fue retirado. Sus huellas digitales ya no están en la lista. Se recibió el %1.</translation>
    </message>
    <message>
        <source>This report is active. It was received on %1.</source>
        <translation>Este informe está activo. Se recibió el %1.</translation>
    </message>
    <message numerus="yes">
        <source>Fingerprinted files in it: %n.</source>
        <translation>
            <numerusform>Archivos con huella digital: %n.</numerusform>
            <numerusform>Archivos con huella digital: %n.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DoneScreen</name>
    <message>
        <source>Your report was sent</source>
        <translation>Tu informe se envió</translation>
    </message>
    <message>
        <source>It&apos;s done. Here is your receipt. You need it to check on the report later.</source>
        <translation>Listo. Aquí tienes tu comprobante. Lo necesitas para revisar el informe más adelante.</translation>
    </message>
    <message>
        <source>Report number:</source>
        <translation>Número de informe:</translation>
    </message>
    <message>
        <source>Secret key:</source>
        <translation>Clave secreta:</translation>
    </message>
    <message>
        <source>Keep these two somewhere safe and private. You need both to check on your report or to withdraw it. If you lose them, nobody can get them back, not even us. Anyone who has both can withdraw the report.</source>
        <translation>Guarda estos dos datos en un lugar seguro y privado. Necesitas los dos para revisar tu informe o para retirarlo. Si los pierdes, nadie puede recuperarlos, ni siquiera nosotros. Cualquier persona que tenga los dos puede retirar el informe.</translation>
    </message>
    <message>
        <source>Copy the receipt</source>
        <translation>Copiar el comprobante</translation>
    </message>
    <message>
        <source>Save the receipt as…</source>
        <translation>Guardar el comprobante como…</translation>
    </message>
    <message>
        <source>What happens next</source>
        <translation>Qué pasa ahora</translation>
    </message>
    <message>
        <source>NCMEC adds your fingerprints to its list. Websites and apps that take part use the list to find copies and take them down, or stop them from being posted. You won&apos;t get a message about it, because nobody knows who you are. You can check on your report with this app at any time.

Please don&apos;t share the photos or videos anywhere, not even to report them. Sending them again can make them spread.</source>
        <translation>NCMEC agrega tus huellas digitales a su lista. Los sitios web y las apps que participan usan la lista para encontrar copias y eliminarlas, o para evitar que se publiquen. No vas a recibir ningún mensaje sobre esto, porque nadie sabe quién eres. Puedes revisar tu informe con esta app cuando quieras.

Por favor, no compartas las fotos o videos en ningún lado, ni siquiera para reportarlos. Volver a enviarlos puede hacer que se difundan más.</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone</source>
        <translation>No tienes que pasar por esto sin ayuda</translation>
    </message>
    <message>
        <source>If you&apos;re worried or upset, or someone is threatening you, these free, private services can help:</source>
        <translation>Si algo te preocupa o te hace sentir mal, o si alguien te está amenazando, estos servicios gratuitos y privados pueden ayudarte:</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
    <message>
        <source>Close the app</source>
        <translation>Cerrar la app</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Home</source>
        <translation>Carpeta personal</translation>
    </message>
    <message>
        <source>Desktop</source>
        <translation>Escritorio</translation>
    </message>
    <message>
        <source>Pictures</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Videos</source>
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>Videos</translation>
    </message>
    <message>
        <source>Downloads</source>
        <translation>Descargas</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Choose photos, videos or whole folders. Hold Ctrl to choose more than one.</source>
        <translation>Elige fotos, videos o carpetas completas. Mantén presionada la tecla Ctrl para elegir más de uno.</translation>
    </message>
    <message>
        <source>Choose the fingerprint file you saved earlier.</source>
        <translation>Elige el archivo de huellas digitales que guardaste antes.</translation>
    </message>
    <message>
        <source>Choose a folder, then type a name for the file.</source>
        <translation>Elige una carpeta y luego escribe un nombre para el archivo.</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abrir</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Guardar</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Up one folder</source>
        <translation>Subir una carpeta</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Places</source>
        <translation>Lugares</translation>
    </message>
    <message>
        <source>Files and folders</source>
        <translation>Archivos y carpetas</translation>
    </message>
    <message>
        <source>File name:</source>
        <translation>Nombre del archivo:</translation>
    </message>
    <message>
        <source>File name</source>
        <translation>Nombre del archivo</translation>
    </message>
    <message>
        <source>There is already a file with this name here. Saving will replace it.</source>
        <translation>Ya hay un archivo con este nombre aquí. Si guardas, se va a reemplazar.</translation>
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
        <translation>Buscar ayuda ahora</translation>
    </message>
    <message>
        <source>You don&apos;t have to deal with this alone. These services are free and private. If someone is threatening you or asking for pictures, you can tell one of these services or a trusted adult. You won&apos;t be in trouble.</source>
        <translation>No tienes que pasar por esto sin ayuda. Estos servicios son gratuitos y privados. Si alguien te está amenazando o te pide imágenes, puedes contárselo a uno de estos servicios o a un adulto de confianza. No te vas a meter en problemas.</translation>
    </message>
</context>
<context>
    <name>HowItWorksScreen</name>
    <message>
        <source>How does this work?</source>
        <translation>¿Cómo funciona?</translation>
    </message>
    <message>
        <source>Your photo or video stays on this computer</source>
        <translation>Tu foto o video se queda en esta computadora</translation>
    </message>
    <message>
        <source>The app makes its fingerprints here</source>
        <translation>La app crea sus huellas digitales aquí</translation>
    </message>
    <message>
        <source>Only the fingerprints are sent to Take It Down</source>
        <translation>Solo las huellas digitales se envían a Take It Down</translation>
    </message>
    <message>
        <source>Websites and apps look for matches and take them down</source>
        <translation>Los sitios web y las apps buscan coincidencias y las eliminan</translation>
    </message>
    <message>
        <source>What is a fingerprint?</source>
        <translation>¿Qué es una huella digital?</translation>
    </message>
    <message>
        <source>A fingerprint (computer people call it a hash) is a short code worked out from a photo or video. The same picture always gives the same code. The code can&apos;t be turned back into the picture, so nobody can see your picture from it.</source>
        <translation>Una huella digital (en informática se le llama hash) es un código corto que se calcula a partir de una foto o un video. La misma imagen siempre da el mismo código. El código no se puede volver a convertir en la imagen, así que nadie puede ver tu imagen a partir de él.</translation>
    </message>
    <message>
        <source>File fingerprints (MD5 and SHA-256)</source>
        <translation>Huellas digitales de archivo (MD5 y SHA-256)</translation>
    </message>
    <message>
        <source>These match exact copies of the same file. If even a tiny part of the file changes, the code changes too.</source>
        <translation>Estas encuentran copias exactas del mismo archivo. Si cambia aunque sea una parte mínima del archivo, el código también cambia.</translation>
    </message>
    <message>
        <source>Picture fingerprints (PDQ)</source>
        <translation>Huellas digitales de imagen (PDQ)</translation>
    </message>
    <message>
        <source>This one is worked out from what the picture looks like, so it can also find copies that were made smaller, saved again or changed a little. Very plain or blurry pictures give a weak fingerprint, which is harder to match. It is still sent.</source>
        <translation>Esta se calcula a partir de cómo se ve la imagen, así que también puede encontrar copias que se hicieron más pequeñas, se volvieron a guardar o se cambiaron un poco. Las imágenes muy simples o borrosas dan una huella digital débil, con la que cuesta más encontrar coincidencias. Igual se envía.</translation>
    </message>
    <message>
        <source>Changed copies</source>
        <translation>Copias cambiadas</translation>
    </message>
    <message>
        <source>Each photo also gets extra fingerprints for the ways copies are often changed: cut at one side, zoomed in, made square, turned, put in a story or under a caption. So those copies can be found without a new report. Some changes are still missed: a copy cut on every side, a screenshot, or one with stickers on it. If you find a copy like that, you can send it in a new report.</source>
        <translation>Cada foto también recibe huellas digitales extra para las formas en que las copias suelen cambiarse: recortadas de un lado, con zoom, en formato cuadrado, giradas, puestas en una historia o debajo de un texto. Así esas copias se pueden encontrar sin un informe nuevo. Algunos cambios todavía no se detectan: una copia recortada por todos los lados, una captura de pantalla o una con stickers encima. Si encuentras una copia así, puedes enviarla en un informe nuevo.</translation>
    </message>
    <message>
        <source>Video fingerprints</source>
        <translation>Huellas digitales de video</translation>
    </message>
    <message>
        <source>For a video, the app makes a picture fingerprint of about one frame every second, plus the file fingerprints.</source>
        <translation>En un video, la app crea una huella digital de imagen de más o menos un cuadro por segundo, además de las huellas digitales de archivo.</translation>
    </message>
    <message>
        <source>What happens to the fingerprints?</source>
        <translation>¿Qué pasa con las huellas digitales?</translation>
    </message>
    <message>
        <source>NCMEC adds them to a list. Websites and apps that take part check posts against the list. If something matches, they can take it down or stop it from being posted. Nobody sees your pictures because of this app.</source>
        <translation>NCMEC las agrega a una lista. Los sitios web y las apps que participan comparan las publicaciones con la lista. Si algo coincide, pueden eliminarlo o evitar que se publique. Nadie ve tus imágenes por usar esta app.</translation>
    </message>
    <message>
        <source>What Take It Down can&apos;t do</source>
        <translation>Lo que Take It Down no puede hacer</translation>
    </message>
    <message>
        <source>It can&apos;t remove pictures from websites and apps that don&apos;t take part, or from private messages. Pictures that were changed a lot may not match.</source>
        <translation>No puede eliminar imágenes de sitios web y apps que no participan, ni de mensajes privados. Las imágenes que se cambiaron mucho quizás no coincidan.</translation>
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
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>Video %1</translation>
    </message>
    <message>
        <source>File %1</source>
        <translation>Archivo %1</translation>
    </message>
    <message>
        <source>Waiting</source>
        <translation>En espera</translation>
    </message>
    <message>
        <source>Fingerprinting… %1%</source>
        <translatorcomment>Kept short so the percentage fits under the thumbnail (the tile is about 8 lines of text wide); the line above the buttons says fingerprints are being made.</translatorcomment>
        <translation>Huella digital… %1 %</translation>
    </message>
    <message>
        <source>Fingerprinting…</source>
        <translatorcomment>Kept short to fit under the thumbnail, like the one with the percentage.</translatorcomment>
        <translation>Huella digital…</translation>
    </message>
    <message>
        <source>Ready: file fingerprint only</source>
        <translation>Listo: solo huella digital de archivo</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Listo</translation>
    </message>
    <message>
        <source>Ready (weak fingerprint)</source>
        <translation>Listo (huella digital débil)</translation>
    </message>
    <message>
        <source>Partly ready</source>
        <translation>Listo en parte</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Detenido</translation>
    </message>
    <message>
        <source>Couldn&apos;t read this file</source>
        <translation>No se pudo leer este archivo</translation>
    </message>
    <message>
        <source>Less than a minute left.</source>
        <translation>Falta menos de un minuto.</translation>
    </message>
    <message numerus="yes">
        <source>About %n minutes left.</source>
        <translation>
            <numerusform>Falta más o menos %n minuto.</numerusform>
            <numerusform>Faltan más o menos %n minutos.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <extracomment>A picture&apos;s name and its status, e.g. &quot;Photo 3: Ready&quot;. %1 is the name (&quot;Photo 3&quot;), %2 the status (&quot;Ready&quot;). Write the separator as your language does (French &quot;%1 : %2&quot;).</extracomment>
        <translatorcomment>same as English on purpose: Spanish writes a colon and a space between the two.</translatorcomment>
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
        <translation>No se pudo abrir o guardar este archivo ahí. Prueba en otro lugar.</translation>
    </message>
    <message>
        <source>Something went wrong. It&apos;s not your fault. Please try again.</source>
        <translation>Algo salió mal. No es tu culpa. Por favor, inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>Get help</source>
        <extracomment>Suggested names in the save picker: plain words, nothing that names the app or its purpose.</extracomment>
        <translation>Buscar ayuda</translation>
    </message>
    <message>
        <source>Places to talk to someone</source>
        <translation>Lugares donde hablar con alguien</translation>
    </message>
    <message>
        <source>Quick exit</source>
        <translation>Salida rápida</translation>
    </message>
    <message>
        <source>Closes the app at once and forgets everything. You can also press Shift three times, or Escape twice.</source>
        <translation>Cierra la app al instante y lo olvida todo. También puedes presionar Shift tres veces o Escape dos veces.</translation>
    </message>
    <message>
        <source>Copied. Paste it somewhere private. The app clears the clipboard when it closes, if the receipt is still there.</source>
        <translation>Copiado. Pégalo en un lugar privado. Al cerrarse, la app borra el portapapeles si el comprobante sigue ahí.</translation>
    </message>
    <message>
        <source>Saved. Keep the file somewhere private.</source>
        <translation>Guardado. Mantén el archivo en un lugar privado.</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>We couldn&apos;t find this file. It may have been moved or deleted.</source>
        <extracomment>Whole sentences, exactly as the packages write them.</extracomment>
        <translation>No encontramos este archivo. Quizás se movió o se borró.</translation>
    </message>
    <message>
        <source>This isn&apos;t a photo or video, so we can&apos;t fingerprint it. You can remove it and go on.</source>
        <translation>Esto no es una foto ni un video, así que no podemos crear su huella digital. Puedes quitarlo y seguir.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this folder, so nothing in it was added.</source>
        <translation>Esta computadora no nos dejó abrir esta carpeta, así que no se agregó nada de ella.</translation>
    </message>
    <message>
        <source>This computer didn&apos;t let us open this file. You could copy it somewhere else and try again.</source>
        <translation>Esta computadora no nos dejó abrir este archivo. Puedes copiarlo a otro lugar e intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>This file is empty, so there is nothing to fingerprint.</source>
        <translation>Este archivo está vacío, así que no se puede crear su huella digital.</translation>
    </message>
    <message>
        <source>This file is too big for us to read. You can remove it and go on.</source>
        <translation>Este archivo es demasiado grande para que lo leamos. Puedes quitarlo y seguir.</translation>
    </message>
    <message>
        <source>This picture says it is far bigger than any real photo, so we didn&apos;t open it. You can remove it and go on.</source>
        <translation>Esta imagen dice ser mucho más grande que cualquier foto real, así que no la abrimos. Puedes quitarla y seguir.</translation>
    </message>
    <message>
        <source>This picture seems to be damaged, so we couldn&apos;t make its picture fingerprint. Its file fingerprint was still made.</source>
        <translation>Esta imagen parece estar dañada, así que no pudimos crear su huella digital de imagen. Su huella digital de archivo sí se creó.</translation>
    </message>
    <message>
        <source>This video seems to be damaged, so we couldn&apos;t make its video fingerprint. Its file fingerprint was still made.</source>
        <translation>Este video parece estar dañado, así que no pudimos crear su huella digital de video. Su huella digital de archivo sí se creó.</translation>
    </message>
    <message>
        <source>We can&apos;t read this kind of file yet. You can remove it and go on.</source>
        <translation>Todavía no podemos leer este tipo de archivo. Puedes quitarlo y seguir.</translation>
    </message>
    <message>
        <source>Stopped before this file was finished.</source>
        <translation>Se detuvo antes de terminar este archivo.</translation>
    </message>
    <message>
        <source>Something went wrong while reading this file. You can remove it and go on, or try again.</source>
        <translation>Algo salió mal al leer este archivo. Puedes quitarlo y seguir, o intentarlo de nuevo.</translation>
    </message>
    <message>
        <source>We couldn&apos;t reach the Take It Down service. Check that you&apos;re connected to the internet, then try again.</source>
        <translation>No pudimos comunicarnos con el servicio Take It Down. Revisa que tengas conexión a internet y vuelve a intentarlo.</translation>
    </message>
    <message>
        <source>Your network&apos;s proxy wouldn&apos;t let us through to the Take It Down service. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>El proxy de tu red no nos dejó llegar al servicio Take It Down. Intenta de nuevo en otra red, como el wifi de tu casa o los datos móviles.</translation>
    </message>
    <message>
        <source>The Take It Down service took too long to answer. Please try again in a few minutes.</source>
        <translation>El servicio Take It Down tardó demasiado en responder. Por favor, inténtalo de nuevo en unos minutos.</translation>
    </message>
    <message>
        <source>We couldn&apos;t confirm that we were talking to the real Take It Down service, so nothing was sent. This can happen on school or work networks. Try again on a different network, like home Wi-Fi or mobile data.</source>
        <translation>No pudimos confirmar que estábamos hablando con el verdadero servicio Take It Down, así que no se envió nada. Esto puede pasar en redes de escuelas o trabajos. Intenta de nuevo en otra red, como el wifi de tu casa o los datos móviles.</translation>
    </message>
    <message>
        <source>Something went wrong on the Take It Down service&apos;s side. It&apos;s not your fault. Please try again later.</source>
        <translation>Algo salió mal del lado del servicio Take It Down. No es tu culpa. Por favor, inténtalo de nuevo más tarde.</translation>
    </message>
    <message>
        <source>Lots of reports are coming from your network right now. Please wait a few minutes and try again.</source>
        <translation>Están llegando muchos informes desde tu red en este momento. Por favor, espera unos minutos e inténtalo de nuevo.</translation>
    </message>
    <message>
        <source>We couldn&apos;t find a report with that report number and secret key. Please check both against your receipt for typos.</source>
        <translation>No encontramos un informe con ese número de informe y esa clave secreta. Por favor, compara los dos con tu comprobante por si hay errores de escritura.</translation>
    </message>
    <message>
        <source>The Take It Down service couldn&apos;t accept this report. Please try sending fewer files at a time, or update the app.</source>
        <translation>El servicio Take It Down no pudo aceptar este informe. Intenta enviar menos archivos a la vez, o actualiza la app.</translation>
    </message>
    <message>
        <source>The service address isn&apos;t a secure (https://) address, so nothing was sent.</source>
        <translation>La dirección del servicio no es una dirección segura (https://), así que no se envió nada.</translation>
    </message>
    <message>
        <source>The proxy setting isn&apos;t right. It should look like socks5://localhost:9050 or http://proxy.example:8080.</source>
        <translation>La configuración del proxy no es correcta. Debería verse así: socks5://localhost:9050 o http://proxy.example:8080.</translation>
    </message>
    <message>
        <source>Your fingerprints are still here, ready to send.</source>
        <translation>Tus huellas digitales siguen aquí, listas para enviar.</translation>
    </message>
    <message>
        <source>Take It Down receipt

With the report number and secret key below, you can check on your report or withdraw it.
Keep them private: anyone who has both can withdraw the report.</source>
        <extracomment>The top of the receipt file the person saves or copies. Under it come two lines that stay in English in every language, so the app can read the file back: &quot;Report number:&quot; and &quot;Secret key:&quot;. You may name them in brackets after your words for report number and secret key. Keep the line breaks.</extracomment>
        <translation>Comprobante de Take It Down

Con el número de informe (“Report number”) y la clave secreta (“Secret key”) de abajo, puedes revisar tu informe o retirarlo.
Guárdalos en privado: cualquier persona que tenga los dos puede retirar el informe.</translation>
    </message>
    <message>
        <source>Please type or paste the secret key from your receipt.</source>
        <translation>Por favor, escribe o pega la clave secreta de tu comprobante.</translation>
    </message>
    <message>
        <source>Please type or paste the report number from your receipt.</source>
        <translation>Por favor, escribe o pega el número de informe de tu comprobante.</translation>
    </message>
    <message>
        <source>Only the last character can be * ~ $ = or U. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>Solo el último carácter puede ser * ~ $ = o U. Las claves usan solo los números del 0 al 9 y las letras de la A a la Z (sin I, L, O ni U), y a veces uno de * ~ $ = U justo al final.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this secret key: at least one character is different from your receipt. Please check each group again.</source>
        <translation>Hay un error de escritura en esta clave secreta: al menos un carácter es distinto al de tu comprobante. Por favor, revisa cada grupo otra vez.</translation>
    </message>
    <message>
        <source>There&apos;s a typo in this report number: at least one character is different from your receipt. Please check it again.</source>
        <translation>Hay un error de escritura en este número de informe: al menos un carácter es distinto al de tu comprobante. Por favor, revísalo otra vez.</translation>
    </message>
    <message>
        <source>This doesn&apos;t look like a Take It Down receipt. It should have a line starting with &apos;Report number:&apos; and one starting with &apos;Secret key:&apos;.</source>
        <translatorcomment>The saved receipt file is always written in English, so the two line labels stay in English here.</translatorcomment>
        <translation>Esto no parece un comprobante de Take It Down. Debería tener una línea que empiece con “Report number:” y otra que empiece con “Secret key:”.</translation>
    </message>
    <message>
        <source>Take It Down is for photos and videos of someone under 18. Please confirm that the person in them was under 18 when they were taken.</source>
        <translation>Take It Down es para fotos y videos de alguien menor de 18 años. Por favor, confirma que la persona que aparece tenía menos de 18 años cuando se tomaron.</translation>
    </message>
    <message>
        <source>None of these files could be fingerprinted, so there is nothing to send. Try adding the photos or videos again, or different copies of them.</source>
        <translation>No se pudo crear la huella digital de ninguno de estos archivos, así que no hay nada para enviar. Intenta agregar las fotos o videos de nuevo, u otras copias de ellos.</translation>
    </message>
    <message>
        <source>These fingerprints are too big to send in one report (long videos make many). Please send fewer files at a time.</source>
        <translation>Estas huellas digitales son demasiado grandes para enviarlas en un solo informe (los videos largos crean muchas). Por favor, envía menos archivos a la vez.</translation>
    </message>
    <message>
        <source>This isn&apos;t a Take It Down file of saved fingerprints, or it was changed after it was saved. Please choose the file the app saved for you.</source>
        <translation>Este no es un archivo de huellas digitales guardado por Take It Down, o se cambió después de guardarlo. Por favor, elige el archivo que la app guardó para ti.</translation>
    </message>
    <message>
        <source>This file couldn&apos;t be opened. Check that it&apos;s still there.</source>
        <translation>No se pudo abrir este archivo. Revisa que siga ahí.</translation>
    </message>
    <message>
        <source>A secret key has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <extracomment>Sentences with a value in them: ``%1`` and ``%2`` stand for the values, in order.</extracomment>
        <translation>Una clave secreta tiene %1 letras y números, pero esta tiene %2. Revisa si falta o sobra alguno.</translation>
    </message>
    <message>
        <source>A report number has %1 letters and numbers, but this one has %2. Check whether one is missing or extra.</source>
        <translation>Un número de informe tiene %1 letras y números, pero este tiene %2. Revisa si falta o sobra alguno.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a secret key. Keys use only the numbers 0-9 and the letters A-Z (no I, L, O or U), and sometimes one of * ~ $ = U at the very end.</source>
        <translation>“%1” no puede estar en una clave secreta. Las claves usan solo los números del 0 al 9 y las letras de la A a la Z (sin I, L, O ni U), y a veces uno de * ~ $ = U justo al final.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; can&apos;t be in a report number. Report numbers use only the numbers 0-9 and the letters A-Z (no I, L, O or U).</source>
        <translation>“%1” no puede estar en un número de informe. Los números de informe usan solo los números del 0 al 9 y las letras de la A a la Z (sin I, L, O ni U).</translation>
    </message>
    <message>
        <source>One report can hold up to %1 files, and this one has %2. Please send them in smaller groups.</source>
        <translation>Un informe puede tener hasta %1 archivos, y este tiene %2. Por favor, envíalos en grupos más pequeños.</translation>
    </message>
</context>
<context>
    <name>NoService</name>
    <message>
        <source>This copy of Take It Down doesn&apos;t know where to send reports, so it can&apos;t be used. It&apos;s not your fault. Nothing was sent. Please get the app again from the people or the place that gave it to you. When you close this message, the app closes too.</source>
        <extracomment>Shown alone in a small window, instead of the app, by a copy that was made without the address of the Take It Down service. The reader can&apos;t fix this: they need another copy.</extracomment>
        <translation>Esta copia de Take It Down no sabe a dónde enviar los informes, así que no se puede usar. No es tu culpa. No se envió nada. Por favor, consigue la app de nuevo con las personas o en el lugar que te la dieron. Cuando cierres este mensaje, la app también se cerrará.</translation>
    </message>
</context>
<context>
    <name>QuestionsScreen</name>
    <message>
        <source>Two quick questions</source>
        <translation>Dos preguntas rápidas</translation>
    </message>
    <message>
        <source>We don&apos;t ask for your name or anything else that could say who you are.</source>
        <translation>No te pedimos tu nombre ni nada que pueda decir quién eres.</translation>
    </message>
    <message>
        <source>Were you (or the young person you&apos;re helping) under 18 in these photos or videos?</source>
        <translation>¿Tenías (tú o la persona joven a quien ayudas) menos de 18 en estas fotos o videos?</translation>
    </message>
    <message>
        <source>Yes, under 18</source>
        <translation>Sí, menos de 18</translation>
    </message>
    <message>
        <source>No, 18 or over</source>
        <translation>No, 18 o más</translation>
    </message>
    <message>
        <source>I&apos;m not sure</source>
        <translation>No lo sé</translation>
    </message>
    <message>
        <source>That&apos;s okay. If they might have been taken before 18, you can go on. Take It Down is for anything that may have been taken before 18.</source>
        <translation>Está bien. Si pudieron tomarse antes de los 18, puedes seguir. Take It Down es para todo lo que se pudo haber tomado antes de los 18.</translation>
    </message>
    <message>
        <source>Who is using the app?</source>
        <translation>¿Quién está usando la app?</translation>
    </message>
    <message>
        <source>I&apos;m the person in the photos or videos</source>
        <translation>Soy la persona de las fotos o videos</translation>
    </message>
    <message>
        <source>I&apos;m a parent or trusted adult helping a young person</source>
        <translation>Soy madre, padre o adulto de confianza y ayudo a una persona joven</translation>
    </message>
    <message>
        <source>I&apos;m a counselor or other professional helping</source>
        <translation>Soy profesional (consejería u otra área) y estoy ayudando</translation>
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
        <translation>Esto es todo lo que se va a enviar</translation>
    </message>
    <message>
        <source>Below is the whole report, exactly as it will be sent. It has only fingerprints: no pictures, no file names, no names and no location. “role” says who is sending, “attested_under_18” is the box you tick below, and “key_verifier” lets you check or withdraw the report later without saying who you are.</source>
        <translation>Abajo está el informe completo, tal como se va a enviar. Solo tiene huellas digitales: ni imágenes, ni nombres de archivo, ni nombres, ni ubicación. “role” dice quién lo envía, “attested_under_18” es la casilla que marcas abajo, y “key_verifier” te permite revisar o retirar el informe más adelante sin decir quién eres.</translation>
    </message>
    <message>
        <source>The report that will be sent</source>
        <translation>El informe que se va a enviar</translation>
    </message>
    <message>
        <source>What will be sent</source>
        <translation>Lo que se enviará</translation>
    </message>
    <message>
        <source>Hide the exact report</source>
        <translation>Ocultar el informe exacto</translation>
    </message>
    <message>
        <source>Show the exact report</source>
        <translation>Mostrar el informe exacto</translation>
    </message>
    <message>
        <source>Copy the report text</source>
        <translation>Copiar el texto del informe</translation>
    </message>
    <message>
        <source>Send the fingerprints</source>
        <translation>Enviar las huellas digitales</translation>
    </message>
    <message>
        <source>Nothing is sent until you press “Send the fingerprints”.</source>
        <translation>No se envía nada hasta que presiones “Enviar las huellas digitales”.</translation>
    </message>
    <message numerus="yes">
        <source>%n fingerprints</source>
        <translation>
            <numerusform>%n huella digital</numerusform>
            <numerusform>%n huellas digitales</numerusform>
        </translation>
    </message>
    <message>
        <source>Fingerprints for each photo: %1. Most are extra ones for copies that were cut or reframed, so those can be found too.</source>
        <translation>Huellas digitales por cada foto: %1. La mayoría son extra, para copias recortadas o encuadradas de otra forma, así que esas también se pueden encontrar.</translation>
    </message>
    <message>
        <source>Only fingerprints like %1 are sent: no pictures, names or places.</source>
        <translation>Solo se envían huellas digitales como %1: nada de imágenes, nombres ni lugares.</translation>
    </message>
    <message>
        <source>Some pictures are very plain or blurry, so their fingerprints are weak and harder to match. They are still sent, and can still help.</source>
        <translation>Algunas imágenes son muy simples o borrosas, así que sus huellas digitales son débiles y cuesta más encontrar coincidencias. Igual se envían y pueden ayudar.</translation>
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
        <translatorcomment>same as English on purpose</translatorcomment>
        <translation>
            <numerusform>Videos: %n.</numerusform>
            <numerusform>Videos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Other files: %n.</source>
        <translation>
            <numerusform>Otros archivos: %n.</numerusform>
            <numerusform>Otros archivos: %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Left out because they couldn&apos;t be read: %n.</source>
        <translation>
            <numerusform>Se dejó fuera porque no se pudo leer: %n.</numerusform>
            <numerusform>Se dejaron fuera porque no se pudieron leer: %n.</numerusform>
        </translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show me when I was under 18.</source>
        <translation>Confirmo que estas fotos y videos me muestran cuando tenía menos de 18 años.</translation>
    </message>
    <message>
        <source>I confirm that these photos and videos show the young person I&apos;m helping, when they were under 18.</source>
        <translation>Confirmo que estas fotos y videos muestran a la persona joven a quien ayudo, cuando tenía menos de 18 años.</translation>
    </message>
</context>
<context>
    <name>SavedScreen</name>
    <message>
        <source>Your fingerprints are saved</source>
        <translation>Tus huellas digitales están guardadas</translation>
    </message>
    <message>
        <source>They are in the file you chose. Nothing has been sent yet. To send them, open Take It Down on any computer with internet, choose “Send fingerprints you saved earlier”, and pick this file.</source>
        <translation>Están en el archivo que elegiste. Todavía no se envió nada. Para enviarlas, abre Take It Down en cualquier computadora con internet, elige “Enviar huellas digitales que guardaste antes” y selecciona este archivo.</translation>
    </message>
    <message>
        <source>The file holds the secret key for this report. Keep it private, and delete it once the report is sent.</source>
        <translation>El archivo contiene la clave secreta de este informe. Mantenlo en privado y bórralo cuando el informe se haya enviado.</translation>
    </message>
    <message>
        <source>Start over</source>
        <translation>Empezar de nuevo</translation>
    </message>
</context>
<context>
    <name>Screen</name>
    <message>
        <source>Back</source>
        <translation>Atrás</translation>
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
        <translation>Intentar de nuevo</translation>
    </message>
    <message>
        <source>Save the fingerprints to send later…</source>
        <translation>Guardar las huellas digitales para enviarlas después…</translation>
    </message>
    <message>
        <source>Nothing was lost. You can also save the fingerprints in a file you choose, and send them later from any computer.</source>
        <translation>No se perdió nada. También puedes guardar las huellas digitales en un archivo que elijas y enviarlas después desde cualquier computadora.</translation>
    </message>
    <message>
        <source>We couldn&apos;t send it yet</source>
        <translation>Todavía no pudimos enviarlo</translation>
    </message>
    <message>
        <source>Sending your fingerprints…</source>
        <translation>Enviando tus huellas digitales…</translation>
    </message>
    <message>
        <source>This usually takes a few seconds. Only the fingerprints are sent.</source>
        <translation>Esto suele tardar unos segundos. Solo se envían las huellas digitales.</translation>
    </message>
</context>
<context>
    <name>StepIndicator</name>
    <message>
        <source>Questions</source>
        <translation>Preguntas</translation>
    </message>
    <message>
        <source>Add</source>
        <translation>Agregar</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Revisar</translation>
    </message>
    <message>
        <source>Send</source>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Step %1 of %2: %3</source>
        <translation>Paso %1 de %2: %3</translation>
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
        <translation>Elige el idioma de la app. Cambia al instante.</translation>
    </message>
    <message>
        <source>We can help stop these pictures from spreading</source>
        <translation>Podemos ayudar a que estas imágenes no se difundan</translation>
    </message>
    <message>
        <source>If there are nude or sexual photos or videos of you from before you were 18, this app can help get them taken down from websites and apps, or stop them from being shared. It&apos;s not your fault, and you&apos;re not in trouble.</source>
        <translation>Si hay fotos o videos tuyos sin ropa o de tipo sexual de antes de cumplir 18 años, esta app puede ayudar a que los quiten de sitios web y apps, o a evitar que se compartan. No es tu culpa, y no estás en problemas.</translation>
    </message>
    <message>
        <source>Your pictures stay with you</source>
        <translation>Tus imágenes se quedan contigo</translation>
    </message>
    <message>
        <source>Your photos and videos stay on this computer. They are never uploaded.</source>
        <translation>Tus fotos y videos se quedan en esta computadora. Nunca se suben.</translation>
    </message>
    <message>
        <source>Only fingerprints are sent: short codes that can&apos;t be turned back into pictures.</source>
        <translation>Solo se envían huellas digitales: códigos cortos que no se pueden convertir de nuevo en imágenes.</translation>
    </message>
    <message>
        <source>You don&apos;t give your name, email or phone number. It&apos;s free.</source>
        <translation>No das tu nombre, correo ni número de teléfono. Es gratis.</translation>
    </message>
    <message>
        <source>You can stop at any time. Quick exit (top right) closes the app at once. You can also press Shift three times, or Escape twice.</source>
        <translation>Puedes parar cuando quieras. Salida rápida (arriba a la derecha) cierra la app al instante. También puedes presionar Shift tres veces o Escape dos veces.</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Empezar</translation>
    </message>
    <message>
        <source>How does this work?</source>
        <translation>¿Cómo funciona?</translation>
    </message>
    <message>
        <source>Check or withdraw an earlier report</source>
        <translation>Revisar o retirar un informe anterior</translation>
    </message>
    <message>
        <source>Send fingerprints you saved earlier</source>
        <translation>Enviar huellas digitales que guardaste antes</translation>
    </message>
</context>
</TS>
